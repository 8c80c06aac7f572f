-- Ibis schema 4: stappenplan corrections (issue 7, items 2, 3, 5 and 6).

-- A step completed although the template's requirements were not all met: the user's reason
-- ("afgerond zonder …"). Different from a skipped step, which was not done at all.
ALTER TABLE cycle_steps ADD COLUMN completion_reason TEXT;

-- Closing a casus records the date it was closed on and why (the bewaartermijn starts from
-- `closed_on` later). `closed_at` stays the instant of the change.
ALTER TABLE cases ADD COLUMN closed_on TEXT;
ALTER TABLE cases ADD COLUMN close_reason TEXT;

-- The date an evaluation decided on extra ondersteuning: the six-week OPP clock starts here
-- (DOMAIN.md §7).
ALTER TABLE cases ADD COLUMN extra_support_decided_on TEXT;

UPDATE cases SET closed_on = substr(closed_at, 1, 10) WHERE status = 'closed' AND closed_at IS NOT NULL;

-- The evaluation decision "bijstellen" is now "aanpak_aanpassen" ("bijstellen" is the OPP's word).
UPDATE case_records
SET payload = json_set(payload, '$.decision', 'aanpak_aanpassen')
WHERE kind = 'evaluation' AND json_extract(payload, '$.decision') = 'bijstellen';

-- Goals carried into a new cycle kept evaluation dates from before that cycle started; such a
-- date is not a plan, it is a false "te laat". Clear it: the goal shows "evaluatiedatum ontbreekt".
UPDATE case_records
SET payload = json_set(payload, '$.evaluationDate', NULL)
WHERE kind = 'goal'
  AND carried_from IS NOT NULL
  AND json_extract(payload, '$.evaluationDate') < (SELECT started_on FROM cycles WHERE cycles.id = case_records.cycle_id);
