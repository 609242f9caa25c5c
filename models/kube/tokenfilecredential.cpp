#include "kube/tokenfilecredential.h"

#include <QFile>
#include <QFileInfo>

namespace lcl::kube {

Result<QByteArray> TokenFileCredential::authorization()
{
    std::lock_guard lock(m_mutex);
    const QFileInfo info(m_path);
    if (!m_header.isEmpty() && info.exists() && info.lastModified() == m_modified && info.size() == m_size)
        return m_header;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Auth, tr("Could not read the token file %1: %2").arg(m_path, file.errorString()),
                           tr("Check tokenFile in the kubeconfig; the file must exist and be readable."));
    const QByteArray token = file.readAll().trimmed();
    if (token.isEmpty())
        return Error::make(Error::Kind::Auth, tr("The token file %1 is empty").arg(m_path),
                           tr("Write the bearer token into the file, or fix tokenFile in the kubeconfig."));
    m_modified = info.lastModified();
    m_size = info.size();
    m_header = "Bearer " + token;
    return m_header;
}

void TokenFileCredential::invalidate()
{
    std::lock_guard lock(m_mutex);
    m_header.clear();
}

} // namespace lcl::kube
