#pragma once

#include "core/error.h"
#include "core/resourcekey.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lcl::kube {
class ObjectYamlLoader;
}

namespace lcl::widgets {

class YamlHighlighter;

// Read-only YAML of one object (Secret values arrive masked from the loader) with search: every match
// highlighted, Enter / Shift+Enter jump to the next / previous one. "Copy as kubectl" copies the equivalent
// `kubectl get -o yaml`.
class YamlView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlView)

public:
    explicit YamlView(QWidget* parent = nullptr);
    ~YamlView() override;

    // Loads `key` through `loader` (owned by the caller or by this view when parented to it).
    void open(kube::ObjectYamlLoader* loader, const ResourceKey& key);
    void setYaml(const ResourceKey& key, const QString& yaml);
    void setError(const ResourceKey& key, const Error& error);
    void setKubeContext(const QString& context) { m_kubeContext = context; }

    QString text() const;
    ResourceKey key() const { return m_key; }
    QLineEdit* searchBox() const { return m_search; }
    QPlainTextEdit* editor() const { return m_editor; }
    int matchCount() const;
    QString kubectlCommand() const;

private:
    void find(bool backwards);
    void updateMatches();

    ResourceKey m_key;
    QString m_kubeContext;
    QPointer<kube::ObjectYamlLoader> m_loader; // the last one used; replaced ones it owns are deleted
    QLabel* m_title = nullptr;
    QLabel* m_matches = nullptr;
    QLineEdit* m_search = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    YamlHighlighter* m_highlighter = nullptr;
};

} // namespace lcl::widgets
