import Foundation

/// The wall clock, in the school's local time, as the journal writes dates and times:
/// `2026-11-27`, `14:05`, `14:05:33`. One place, so every record of "now" reads alike.
public enum Clock {
    /// Today's date by the system clock, `YYYY-MM-DD`.
    public static func today() -> String {
        let now = local()
        return String(format: "%04d-%02d-%02d", now.tm_year + 1900, now.tm_mon + 1, now.tm_mday)
    }

    /// The time of day now, `HH:MM`, or `HH:MM:SS` with `seconds`.
    public static func time(seconds: Bool = false) -> String {
        let now = local()
        return seconds
            ? String(format: "%02d:%02d:%02d", now.tm_hour, now.tm_min, now.tm_sec)
            : String(format: "%02d:%02d", now.tm_hour, now.tm_min)
    }

    private static func local() -> tm {
        var clock = Int(Date().timeIntervalSince1970)
        var parts = tm()
        localtime_r(&clock, &parts)
        return parts
    }
}
