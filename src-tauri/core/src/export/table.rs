//! Tables: columns sized by share of the text width, cells that wrap, a shaded header row that
//! repeats at the top of every page the table continues on, and rows that move to the next page
//! whole. Only a row taller than a whole page is split, between its lines.

use super::layout::Layouter;
use super::model::{Table, TextStyle};
use super::page::{
    ACCENT, BODY_BOTTOM, BODY_TOP, CONTENT_WIDTH, INK, MARGIN_LEFT, RULE, TABLE_LEADING,
    TABLE_SIZE, TINT, ZEBRA, baseline_offset,
};
use super::wrap::wrap;

const PAD_X: f32 = 5.0;
const PAD_Y: f32 = 4.0;

/// A row with its cells already broken into lines.
struct Row {
    cells: Vec<Vec<String>>,
    lines: usize,
}

impl Row {
    fn height(&self) -> f32 {
        slice_height(self.lines)
    }
}

/// How much of a first row must fit before a table may start: all of it, or for a row taller
/// than a page a few lines (it is split anyway).
fn first_row_minimum(row: &Row, capacity: f32) -> f32 {
    if row.height() <= capacity {
        row.height()
    } else {
        slice_height(row.lines.min(3))
    }
}

fn slice_height(lines: usize) -> f32 {
    lines.max(1) as f32 * TABLE_LEADING + 2.0 * PAD_Y
}

/// Column left edges and widths in points.
fn columns(table: &Table) -> Vec<(f32, f32)> {
    let total: f32 = table.columns.iter().map(|c| c.share.max(0.01)).sum();
    let mut x = MARGIN_LEFT;
    table
        .columns
        .iter()
        .map(|c| {
            let width = CONTENT_WIDTH * c.share.max(0.01) / total;
            let column = (x, width);
            x += width;
            column
        })
        .collect()
}

impl Layouter<'_> {
    fn prepare_row(&self, cells: &[String], geometry: &[(f32, f32)], style: TextStyle) -> Row {
        let face = self.fonts.face(style);
        let cells: Vec<Vec<String>> = geometry
            .iter()
            .enumerate()
            .map(|(index, (_, width))| {
                let text = cells.get(index).map_or("", String::as_str);
                wrap(face, text, TABLE_SIZE, width - 2.0 * PAD_X)
            })
            .collect();
        let lines = cells.iter().map(Vec::len).max().unwrap_or(0);
        Row { cells, lines }
    }

    fn header_row(&self, table: &Table, geometry: &[(f32, f32)]) -> Row {
        let titles: Vec<String> = table.columns.iter().map(|c| c.title.clone()).collect();
        self.prepare_row(&titles, geometry, TextStyle::Bold)
    }

    /// Header plus first row (capped at a page): what must fit before a table may start.
    pub fn table_start_height(&self, table: &Table) -> f32 {
        let geometry = columns(table);
        let header = self.header_row(table, &geometry).height();
        let capacity = BODY_BOTTOM - BODY_TOP - header;
        let first = table.rows.first().map_or(0.0, |r| {
            first_row_minimum(
                &self.prepare_row(r, &geometry, TextStyle::Regular),
                capacity,
            )
        });
        header + first
    }

    pub fn table(&mut self, table: &Table) {
        if table.columns.is_empty() {
            return;
        }
        let geometry = columns(table);
        let header = self.header_row(table, &geometry);
        let rows: Vec<Row> = table
            .rows
            .iter()
            .map(|r| self.prepare_row(r, &geometry, TextStyle::Regular))
            .collect();
        let capacity = BODY_BOTTOM - BODY_TOP - header.height();
        let first = rows.first().map_or(0.0, |r| first_row_minimum(r, capacity));
        self.ensure(header.height() + first);
        self.draw_header(&header, &geometry);
        for (index, row) in rows.iter().enumerate() {
            let zebra = index % 2 == 1;
            if row.height() <= capacity {
                if self.y + row.height() > BODY_BOTTOM {
                    self.continue_table(&header, &geometry);
                }
                self.draw_slice(row, 0, row.lines, &geometry, zebra);
                continue;
            }
            let mut from = 0;
            while from < row.lines {
                let room = ((BODY_BOTTOM - self.y - 2.0 * PAD_Y) / TABLE_LEADING).floor();
                if room < 1.0 {
                    self.continue_table(&header, &geometry);
                    continue;
                }
                let to = row.lines.min(from + room as usize);
                self.draw_slice(row, from, to, &geometry, zebra);
                from = to;
            }
        }
        self.y += 12.0;
    }

    fn continue_table(&mut self, header: &Row, geometry: &[(f32, f32)]) {
        self.new_page();
        self.draw_header(header, geometry);
    }

    fn draw_header(&mut self, header: &Row, geometry: &[(f32, f32)]) {
        let top = self.y;
        let height = header.height();
        self.page()
            .fill(MARGIN_LEFT, top, CONTENT_WIDTH, height, TINT);
        self.draw_cells(header, 0, header.lines, geometry, TextStyle::Bold);
        self.page().hline(
            MARGIN_LEFT,
            MARGIN_LEFT + CONTENT_WIDTH,
            top + height,
            0.9,
            ACCENT,
        );
        self.y = top + height;
    }

    fn draw_slice(
        &mut self,
        row: &Row,
        from: usize,
        to: usize,
        geometry: &[(f32, f32)],
        zebra: bool,
    ) {
        let top = self.y;
        let height = slice_height(to - from);
        if zebra {
            self.page()
                .fill(MARGIN_LEFT, top, CONTENT_WIDTH, height, ZEBRA);
        }
        self.draw_cells(row, from, to, geometry, TextStyle::Regular);
        self.page().hline(
            MARGIN_LEFT,
            MARGIN_LEFT + CONTENT_WIDTH,
            top + height,
            0.4,
            RULE,
        );
        self.y = top + height;
    }

    fn draw_cells(
        &mut self,
        row: &Row,
        from: usize,
        to: usize,
        geometry: &[(f32, f32)],
        style: TextStyle,
    ) {
        let top = self.y + PAD_Y;
        for (cell, (x, _)) in row.cells.iter().zip(geometry) {
            let end = to.min(cell.len());
            for (offset, line) in cell.iter().take(end).skip(from).enumerate() {
                let baseline = top
                    + offset as f32 * TABLE_LEADING
                    + baseline_offset(TABLE_SIZE, TABLE_LEADING);
                self.page()
                    .text(x + PAD_X, baseline, style, TABLE_SIZE, INK, line.clone());
            }
        }
    }
}
