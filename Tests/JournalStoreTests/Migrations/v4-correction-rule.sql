BEGIN IMMEDIATE TRANSACTION;
ALTER TABLE mark_correction ADD COLUMN applied INTEGER NOT NULL DEFAULT 0 CHECK (applied IN (0, 1));
-- PRAGMA 'main'.quick_check='mark_correction';
UPDATE mark_correction SET applied = 1 WHERE status IN ('own', 'approved');
CREATE TRIGGER mark_never_edited BEFORE UPDATE OF id, lesson_id, student_id, kind, entered_at,
    entered_by ON mark
BEGIN SELECT RAISE(ABORT, 'a mark is never edited in place (R18): a mark is changed only by a correction'); END;
CREATE TRIGGER mark_value_by_correction BEFORE UPDATE OF value ON mark
WHEN NEW.value IS NOT OLD.value AND NOT EXISTS (
    SELECT 1 FROM mark_correction
    WHERE mark_id = NEW.id AND status IN ('own', 'approved') AND applied = 0
      AND old_value = OLD.value AND new_value = NEW.value)
BEGIN SELECT RAISE(ABORT, 'a mark''s value is never edited in place (R18): a mark is changed only by a correction'); END;
CREATE TRIGGER mark_never_deleted BEFORE DELETE ON mark
BEGIN SELECT RAISE(ABORT, 'a mark is never deleted (R18): a mark is changed only by a correction'); END;
CREATE TRIGGER correction_recorded BEFORE INSERT ON mark_correction
BEGIN
    SELECT RAISE(ABORT, 'a correction is recorded before it is applied (R18)') WHERE NEW.applied <> 0;
    SELECT RAISE(ABORT, 'the correction does not start from the mark''s current value (R18)')
    WHERE NEW.old_value IS NOT (SELECT value FROM mark WHERE id = NEW.mark_id);
    SELECT RAISE(ABORT, 'the correction does not change the mark (R18)')
    WHERE NEW.new_value = NEW.old_value;
    SELECT RAISE(ABORT,
        'a teacher corrects alone only their own mark, on the day it was entered (R18)')
    WHERE NEW.status = 'own' AND NOT EXISTS (
        SELECT 1 FROM mark WHERE id = NEW.mark_id AND entered_by = NEW.requested_by
          AND date(entered_at) = date(NEW.at));
    SELECT RAISE(ABORT, 'only the director approves or rejects a correction (R18)')
    WHERE NEW.status IN ('approved', 'rejected') AND NOT EXISTS (SELECT 1 FROM staff_role WHERE staff_id = NEW.approved_by AND role = 'director');
    SELECT RAISE(ABORT, 'a correction request is decided later, by the director (R18)')
    WHERE NEW.status IN ('own', 'requested') AND NEW.approved_by IS NOT NULL;
END;
CREATE TRIGGER correction_applied AFTER INSERT ON mark_correction
WHEN NEW.status IN ('own', 'approved')
BEGIN
    UPDATE mark SET value = NEW.new_value WHERE id = NEW.mark_id;
    UPDATE mark_correction SET applied = 1 WHERE id = NEW.id;
END;
CREATE TRIGGER correction_kept BEFORE UPDATE ON mark_correction
BEGIN
    SELECT RAISE(ABORT, 'a correction is kept as it was made; a request is only decided, once (R18)')
    WHERE NEW.id IS NOT OLD.id OR NEW.mark_id IS NOT OLD.mark_id OR NEW.old_value IS NOT OLD.old_value
       OR NEW.new_value IS NOT OLD.new_value OR NEW.requested_by IS NOT OLD.requested_by
       OR NEW.at IS NOT OLD.at OR NEW.reason IS NOT OLD.reason
       OR NOT (
           (OLD.status = 'requested' AND NEW.status IN ('approved', 'rejected')
            AND NEW.decided_at IS NOT NULL AND NEW.applied = 0)
           OR (OLD.applied = 0 AND NEW.applied = 1 AND NEW.status IS OLD.status
               AND NEW.status IN ('own', 'approved') AND NEW.approved_by IS OLD.approved_by
               AND NEW.decided_at IS OLD.decided_at AND NEW.decision_note IS OLD.decision_note));
    SELECT RAISE(ABORT, 'only the director approves or rejects a correction (R18)')
    WHERE NEW.status IS NOT OLD.status AND NOT EXISTS (SELECT 1 FROM staff_role WHERE staff_id = NEW.approved_by AND role = 'director');
    SELECT RAISE(ABORT, 'the mark has changed since the request was made: reject it and ask again')
    WHERE NEW.status = 'approved' AND OLD.status = 'requested'
      AND OLD.old_value IS NOT (SELECT value FROM mark WHERE id = OLD.mark_id);
END;
CREATE TRIGGER correction_approved AFTER UPDATE OF status ON mark_correction
WHEN NEW.status = 'approved' AND OLD.status = 'requested'
BEGIN
    UPDATE mark SET value = NEW.new_value WHERE id = NEW.mark_id;
    UPDATE mark_correction SET applied = 1 WHERE id = NEW.id;
END;
CREATE TRIGGER correction_never_deleted BEFORE DELETE ON mark_correction
BEGIN SELECT RAISE(ABORT, 'a correction is kept for good (R18)'); END;
COMMIT TRANSACTION
