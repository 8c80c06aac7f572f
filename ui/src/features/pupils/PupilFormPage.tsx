import { call } from "../../ipc/client";
import { errorText, t } from "../../i18n";
import { PageHeading } from "../../components/PageHeading";
import { FormAlert } from "../../components/ErrorText";
import { Link } from "../../components/Link";
import { navigate } from "../../app/router";
import { useLoad } from "../../lib/useLoad";
import { PupilForm } from "./PupilForm";

/** "Leerling toevoegen". */
export function PupilNewPage() {
  return (
    <div className="narrow-wide">
      <p className="back-link">
        <Link to={{ name: "pupils" }}>{t("pupils.backToList")}</Link>
      </p>
      <PageHeading>{t("pupils.newTitle")}</PageHeading>
      <PupilForm
        save={async (input) => {
          const detail = await call("pupil_create", input);
          navigate({ name: "pupil", id: detail.pupil.id });
        }}
        onCancel={() => navigate({ name: "pupils" })}
      />
    </div>
  );
}

/** "Leerling bewerken". */
export function PupilEditPage({ id }: { id: string }) {
  const loaded = useLoad(() => call("pupil_get", { id }), id);
  const back = () => navigate({ name: "pupil", id });
  return (
    <div className="narrow-wide">
      <p className="back-link">
        <Link to={{ name: "pupil", id }}>{t("common.back")}</Link>
      </p>
      <PageHeading>{t("pupils.editTitle")}</PageHeading>
      {loaded.error ? <FormAlert text={errorText(loaded.error.code)} /> : null}
      {loaded.data ? (
        <PupilForm
          initial={loaded.data.pupil}
          save={async (pupil) => {
            await call("pupil_update", { id, pupil });
            back();
          }}
          onCancel={back}
        />
      ) : loaded.loading ? (
        <p role="status">{t("common.loading")}</p>
      ) : null}
    </div>
  );
}
