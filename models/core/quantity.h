#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <string_view>

namespace lcl {

// A Kubernetes resource quantity ("250m", "512Mi", "1.5Gi", "1e3"), held as thousandths of a unit so that
// CPU (millicores) and memory (bytes) both fit without floating point in views.
class Quantity {
public:
    Quantity() = default;

    // nullopt for text that is not a quantity (empty, unknown suffix, garbage, overflow).
    static std::optional<Quantity> parse(std::string_view text);
    static std::optional<Quantity> parse(QStringView text);

    static Quantity fromMilli(qint64 milli);

    // Rounded up like the API server's MilliValue() / Value().
    qint64 milliValue() const { return m_milli; }
    qint64 value() const;

    // "250m", "2", "1.5" for CPU given in millicores.
    static QString formatMillis(qint64 milli);
    // "512Mi", "1.5Gi", "900" for memory given in bytes (binary suffixes, one decimal at most).
    static QString formatBytes(qint64 bytes);

    friend bool operator==(const Quantity&, const Quantity&) = default;

private:
    explicit Quantity(qint64 milli) : m_milli(milli) {}
    qint64 m_milli = 0;
};

} // namespace lcl
