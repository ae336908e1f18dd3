#pragma once

#include "domain/Result.h"

#include <QString>

class QNetworkProxy;
class QNetworkReply;
class QUrl;

// What FeedDownload tells the admin when a download fails: the URL as shown (never its password), and an
// HTTP status or a network failure in words with the next step to take. Its texts are FeedDownload's
// (translation context "FeedDownload").
namespace FeedDownloadErrors {

QString shown(const QUrl &url);           // without user name and password
QString hostAndPort(const QUrl &url);     // "host:443"
int statusOf(const QNetworkReply &reply); // the HTTP status, 0 when none came
Error httpStatus(const QUrl &url, int status, const QString &reason);
Error network(const QNetworkReply &reply, const QUrl &url, const QString &tlsDetail,
              const QNetworkProxy &proxy);

} // namespace FeedDownloadErrors
