#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace lcl {

// Durations as kubectl shows and accepts them.
class Duration {
public:
    // kubectl's AGE column: "45s", "5m", "3m20s", "3h2m", "47h", "2d", "3d4h", "400d", "2y10d"; "<invalid>" for
    // a time more than a second in the future (clock skew of up to a second reads as "0s").
    static QString human(qint64 seconds);

    // The age of something created at `epochSeconds`, relative to `nowEpochSeconds`.
    static QString age(qint64 epochSeconds, qint64 nowEpochSeconds) { return human(nowEpochSeconds - epochSeconds); }

    // Parses "90s", "5m", "1h30m", "2d", "720h0m0s", "1.5h" (Go syntax plus "d"); nullopt when malformed.
    static std::optional<qint64> parseSeconds(QStringView text);
};

} // namespace lcl
