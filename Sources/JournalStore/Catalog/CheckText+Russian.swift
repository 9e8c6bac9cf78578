// Русские тексты `check journal` и демо-школы. Каждый текст `CheckText` есть здесь и в `CheckText+English.swift`.
import JournalFoundation

extension CheckText {
    public var russian: String {
        switch self {
        case .finding: "{1}: {2}\n  что делать: {3}"
        case .findingLine: "{1}: {2}"
        case .theFile: "файл"
        case .restoreLastGoodBackup:
            "восстановите последнюю исправную резервную копию (восстановить из \"ПУТЬ\") и внесите то, что было после неё"
        case .migrationNamed: "миграция {1}"
        case .notApplied: "не применена"
        case .applyMigrations: "откройте журнал этой версией ejournal с правом записи — она применит свои миграции"
        case .rulesChangedTodo:
            "кто-то изменил правила хранилища в обход ejournal: сверьте журнал с историей изменений (строки названы в находках ниже), восстановите последнюю исправную резервную копию и выясните, у кого был доступ к файлу"
        case .triggerNamed: "триггер {1}"
        case .triggerChanged: "его SQL не тот, что создали миграции"
        case .triggerDropped: "отсутствует (удалён)"
        case .triggerAdded: "не из правил хранилища: добавлен в обход ejournal"
        case .markNamed: "отметка {1}"
        case .markOutsideEnrolment: "ученик {1} не числился в {2} на {3} (урок {4})"
        case .markOutsideGroup: "ученик {1} не был в группе {2} на {3} (урок {4})"
        case .checkGroupStays:
            "проверьте изменения состава группы (группа … добавить/удалить с ДАТА) или попросите директора исправить отметку"
        case .moreMarksOutsideGroups: "ещё {1} — отметки учеников вне их групп, не перечислены"
        case .checkEnrolment: "проверьте зачисление ученика (move, withdraw) или попросите директора исправить отметку"
        case .marksSubject: "отметки"
        case .moreMarksOutside: "ещё {1} — отметки учеников вне их зачисления, не перечислены"
        case .listMarksOutside: "выведите их: отметки где … (или сначала исправьте зачисления, названные выше)"
        case .lessonNamed: "урок {1}"
        case .lessonOffDay: "{1}, {2} — воскресенье или день вне учебных периодов"
        case .checkLessonDate: "проверьте дату урока и учебные периоды (добавить период …)"
        case .lessonsSubject: "уроки"
        case .moreLessonsOff: "ещё {1} — в воскресенья или вне учебных периодов, не перечислены"
        case .checkStudyPeriods: "проверьте учебные периоды года (добавить период …)"
        case .noClassTeacher: "нет классного руководителя в {1} учебном году"
        case .nameClassTeacher: "назначьте его: изменить класс {1} задать классный_руководитель = T…"
        case .backUpToTwoMedia:
            "сделайте резервные копии на два носителя: копировать в \"/media/a/journal.sqlite\", \"/media/b/journal.sqlite\""
        case .backupsSubject: "резервные копии"
        case .backupDaysOld: "последней проверенной резервной копии {1} {1|день|дня|дней} ({2})"
        case .backupNamed: "резервная копия {1}"
        case .copyGone: "копии больше нет на месте"
        case .noVerifiedBackup: "в этом учебном году нет проверенной резервной копии (R6)"
        case .cannotBeRead: "не читается: {1}"
        case .makeNewBackup: "сделайте новую резервную копию на два носителя"
        case .changeNamed: "запись истории изменений {1}"
        case .missingFromTrail:
            "её нет в истории изменений, хотя она есть в резервной копии {1} от {2}: историю изменений переписали"
        case .notTheEntry: "не та, что в резервной копии {1} от {2}: историю изменений переписали"
        case .restoreThatBackup:
            "восстановите эту резервную копию и внесите изменения, сделанные после неё; выясните, у кого был доступ к файлу"
        case .diskSubject: "диск"
        case .diskLow: "на томе журнала свободно {1} МБ — меньше {2} МБ"
        case .freeSpace: "освободите место на томе, где лежит {1}, или перенесите журнал на том побольше"
        case .tamperTodo:
            "журнал изменили в обход ejournal: восстановите последнюю исправную резервную копию и внесите изменения, сделанные после неё, или пусть директор оформит исправления; выясните, у кого был доступ к файлу"
        case .chainBroken: "не следует за предыдущей записью (цепочка нарушена)"
        case .rowsNotRecorded: "её строки — не те, что она записала (сейчас {1}, тогда {2})"
        case .hashMismatch: "её хеш не совпадает с тем, что в ней записано (подделана или отредактирована)"
        case .rowsOfNoEntry: "строки истории изменений ссылаются на несуществующую запись"
        case .madeOutside: "{1} в обход ejournal (в ожидающих строках истории изменений, ни в одной записи)"
        case .opInsert: "вставка"
        case .opUpdate: "изменение"
        case .opDelete: "удаление"
        case .trailSubject: "история изменений"
        case .moreRowsOutside:
            "ещё {1} {1|строка записана|строки записаны|строк записано} в обход ejournal, не перечислены"
        case .markCorrectionNamed: "исправление отметки {1}"
        case .periodGradeNamed: "итоговая отметка {1}"
        case .markCorrectionsSubject: "исправления отметок"
        case .periodGradesSubject: "итоговые отметки"
        case .changeBy: "запись истории изменений {1}: {2}, {3}"
        case .noChange: "нет записи в истории изменений"
        case .missingFromJournal: "нет в журнале, но есть в истории изменений ({1})"
        case .madeByNoChange: "есть в журнале, но в истории изменений такого изменения нет"
        case .withSource: "{1} ({2})"
        case .emptyValue: "пусто"
        case .differsFromTrail: "отличается от истории изменений"
        case .fieldDiffers: "{1}: в журнале {2}, в истории изменений {3}"
        case .moreDiffer: "ещё {1} отличаются от истории изменений, не перечислены"
        case .demoJournalMonth: "журнал: {1}"
        case .demoJournal: "журнал: уроки, отметки и посещаемость по {1}"
        case .demoVisits: "посещения"
        case .demoPeople: "люди: {1} {1|ученик|ученика|учеников}, {2} {2|родитель|родителя|родителей}"
        case .demoTimetable:
            "расписание: {1} {1|сотрудник|сотрудника|сотрудников}, {2} {2|строка|строки|строк} учебной нагрузки"
        case .demoRowsDangle: "строки демо-школы ссылаются на отсутствующие строки ({1}, первая — в таблице {2})"
        case .demoFault:
            "это ошибка генератора демо-школы в ejournal; пожалуйста, сообщите о ней и укажите параметры запуска"
        case .demoClassCount: "в демо-школе не может быть {1} {1|класса|классов|классов}"
        case .demoClassCountHint:
            "выберите от 1 до 99 классов; 4 класса дают маленькую школу, как образец, 60 — большую"
        case .fromTo: "с {1} по {2}"
        case .demoNotADate: "«{1}» — не дата"
        case .demoUntilHint: "укажите последний день с уроками как ГГГГ-ММ-ДД, {1}"
        case .demoOutsideYear: "{1} — вне учебного года {2}"
        case .demoLessonsRun: "уроки демо-школы идут {1}; выберите день в этих пределах"
        case .demoIntoNewStore: "создайте демо-школу в новом файле журнала"
        }
    }
}
