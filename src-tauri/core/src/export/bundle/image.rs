//! Images as PDF image objects: a JPEG is embedded as it is (DCTDecode, no re-encoding; its
//! size and colour components read from the SOF header), a PNG is decoded to 8-bit grey or RGB
//! samples, deflated, with its alpha channel as a soft mask.

use super::ImageInfo;
use crate::domain::attachment::content::{jpeg_info, png_info};
use crate::error::{Error, Result};
use flate2::Compression;
use flate2::write::ZlibEncoder;
use lopdf::{Dictionary, Object, Stream, dictionary};
use std::io::Write;

/// How much memory decoding one PNG may take (a 50 MB file of a large scan fits).
const PNG_DECODE_LIMIT: usize = 512 * 1024 * 1024;

/// An image ready to become a page: its samples and, for a PNG with alpha, its soft mask.
pub(crate) struct ImageObject {
    pub info: ImageInfo,
    pub image: Stream,
    pub mask: Option<Stream>,
}

fn bad(number: usize, what: &str) -> Error {
    Error::ExportFailed(format!(
        "attachment {number} is not a readable {what} image"
    ))
}

fn color_space(components: u8) -> Option<&'static str> {
    match components {
        1 => Some("DeviceGray"),
        3 => Some("DeviceRGB"),
        4 => Some("DeviceCMYK"),
        _ => None,
    }
}

/// A JPEG as it is, with DCTDecode.
pub(crate) fn jpeg(number: usize, bytes: &[u8]) -> Result<ImageObject> {
    let info = jpeg_info(bytes).ok_or_else(|| bad(number, "JPEG"))?;
    let space = color_space(info.components).ok_or_else(|| bad(number, "JPEG"))?;
    if info.width == 0 || info.height == 0 {
        return Err(bad(number, "JPEG"));
    }
    let mut dict = dictionary! {
        "Type" => "XObject",
        "Subtype" => "Image",
        "Width" => i64::from(info.width),
        "Height" => i64::from(info.height),
        "ColorSpace" => space,
        "BitsPerComponent" => 8,
        "Filter" => "DCTDecode",
    };
    // Adobe writes CMYK JPEGs inverted.
    if info.components == 4 && bytes.windows(5).any(|w| w == b"Adobe") {
        dict.set(
            "Decode",
            vec![
                1.into(),
                0.into(),
                1.into(),
                0.into(),
                1.into(),
                0.into(),
                1.into(),
                0.into(),
            ],
        );
    }
    // The bytes are already DCT-compressed: the stream must not be deflated again.
    let image = Stream::new(dict, bytes.to_vec()).with_compression(false);
    Ok(ImageObject {
        info,
        image,
        mask: None,
    })
}

fn deflate(samples: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::default());
    encoder
        .write_all(samples)
        .and_then(|()| encoder.finish())
        .map_err(|e| Error::Internal(format!("deflate image: {e}")))
}

fn samples_stream(width: u32, height: u32, space: &str, samples: &[u8]) -> Result<Stream> {
    let dict = dictionary! {
        "Type" => "XObject",
        "Subtype" => "Image",
        "Width" => i64::from(width),
        "Height" => i64::from(height),
        "ColorSpace" => space,
        "BitsPerComponent" => 8,
        "Filter" => "FlateDecode",
    };
    Ok(Stream::new(dict, deflate(samples)?).with_compression(false))
}

/// A PNG decoded to 8-bit grey or RGB; alpha becomes a soft mask.
pub(crate) fn png(number: usize, bytes: &[u8]) -> Result<ImageObject> {
    let info = png_info(bytes).ok_or_else(|| bad(number, "PNG"))?;
    let mut decoder = png::Decoder::new_with_limits(
        std::io::Cursor::new(bytes),
        png::Limits {
            bytes: PNG_DECODE_LIMIT,
        },
    );
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().map_err(|_| bad(number, "PNG"))?;
    let size = reader
        .output_buffer_size()
        .ok_or_else(|| bad(number, "PNG"))?;
    let mut buffer = vec![0; size];
    let frame = reader
        .next_frame(&mut buffer)
        .map_err(|_| bad(number, "PNG"))?;
    let samples = buffer.get(..frame.buffer_size()).unwrap_or(&buffer);
    let (width, height) = (frame.width, frame.height);
    let (colour, alpha): (Vec<u8>, Option<Vec<u8>>) = match frame.color_type {
        png::ColorType::Grayscale | png::ColorType::Rgb => (samples.to_vec(), None),
        png::ColorType::GrayscaleAlpha => split_alpha(samples, 1),
        png::ColorType::Rgba => split_alpha(samples, 3),
        png::ColorType::Indexed => return Err(bad(number, "PNG")),
    };
    let components = match frame.color_type {
        png::ColorType::Grayscale | png::ColorType::GrayscaleAlpha => 1,
        _ => 3,
    };
    let space = color_space(components).ok_or_else(|| bad(number, "PNG"))?;
    let image = samples_stream(width, height, space, &colour)?;
    let mask = alpha
        .filter(|alpha| alpha.iter().any(|a| *a != 0xFF))
        .map(|alpha| samples_stream(width, height, "DeviceGray", &alpha))
        .transpose()?;
    Ok(ImageObject {
        info: ImageInfo {
            width,
            height,
            components: info.components,
            bit_depth: info.bit_depth,
        },
        image,
        mask,
    })
}

/// Separates interleaved samples into colour (`colour` components) and alpha.
fn split_alpha(samples: &[u8], colour: usize) -> (Vec<u8>, Option<Vec<u8>>) {
    let pixel = colour + 1;
    let mut colours = Vec::with_capacity(samples.len() / pixel * colour);
    let mut alpha = Vec::with_capacity(samples.len() / pixel);
    for chunk in samples.chunks_exact(pixel) {
        colours.extend_from_slice(&chunk[..colour]);
        alpha.push(chunk[colour]);
    }
    (colours, Some(alpha))
}

/// Adds the mask (when any) and returns the image dictionary ready for a page's resources.
pub(crate) fn with_mask(image: &mut Stream, mask_id: Option<lopdf::ObjectId>) {
    if let Some(id) = mask_id {
        image.dict.set("SMask", Object::Reference(id));
    }
}

/// The resources of an image page: the image as `/Im1`.
pub(crate) fn page_resources(image_id: lopdf::ObjectId) -> Dictionary {
    dictionary! {
        "XObject" => dictionary! { "Im1" => Object::Reference(image_id) },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_jpeg_header_gives_size_and_components() {
        // SOI, APP0 (length 4, two payload bytes), SOF0: 8 bits, 3×2 pixels, 3 components, EOI
        // (the attachment's reader, which the bundle uses, wants the end marker too).
        let bytes = [
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00,
            0x02, 0x00, 0x03, 0x03, 0x01, 0x11, 0x00, 0x02, 0x11, 0x00, 0x03, 0x11, 0x00, 0xFF,
            0xD9,
        ];
        assert_eq!(
            jpeg_info(&bytes),
            Some(ImageInfo {
                width: 3,
                height: 2,
                components: 3,
                bit_depth: 8
            })
        );
        assert_eq!(jpeg_info(b"not a jpeg"), None);
        assert_eq!(png_info(&bytes), None);
    }
}
