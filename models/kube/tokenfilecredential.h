#pragma once

#include "kube/clusterconnection.h"

#include <QCoreApplication>
#include <QDateTime>

#include <mutex>

namespace lcl::kube {

// users[].user.tokenFile: the file is read again whenever its time stamp or size changes, so rotated
// (projected service account) tokens are picked up without a restart.
class TokenFileCredential final : public CredentialProvider {
    Q_DECLARE_TR_FUNCTIONS(lcl::kube::TokenFileCredential)

public:
    explicit TokenFileCredential(QString path) : m_path(std::move(path)) {}

    Result<QByteArray> authorization() override;
    void invalidate() override;

private:
    QString m_path;
    std::mutex m_mutex;
    QDateTime m_modified;
    qint64 m_size = -1;
    QByteArray m_header;
};

} // namespace lcl::kube
