#include "NvdFeed.h"

#include "FeedSyntax.h"
#include "JsonFields.h"
#include "JsonStream.h"

using namespace Qt::StringLiterals;

namespace {

struct Metric
{
    bool primary = false;
    double base = -1;
    QString vector;
};

// The metrics of one version ("cvssMetricV31"), in file order.
QList<Metric> readMetrics(JsonFields &fields, const QJsonObject &metrics, QLatin1String key,
                          const QString &path)
{
    QList<Metric> result;
    const QString listPath = JsonFields::member(path, key);
    const QJsonArray list = fields.array(metrics, key, path);
    fields.forEachObject(list, listPath, [&](const QJsonObject &metric, const QString &metricPath) {
        const QString dataPath = JsonFields::member(metricPath, "cvssData"_L1);
        const QJsonObject data = fields.object(metric, "cvssData"_L1, metricPath, JsonFields::Required);
        Metric read;
        read.primary = fields.string(metric, "type"_L1, metricPath, JsonFields::IdLength) == u"Primary"_s;
        read.base = fields.number(data, "baseScore"_L1, dataPath, 0, 10, -1, JsonFields::Required);
        read.vector = fields.string(data, "vectorString"_L1, dataPath, JsonFields::VectorLength);
        result.append(read);
    });
    return result;
}

// The Primary metric, else the first; nullptr when there is none.
const Metric *preferred(const QList<Metric> &metrics)
{
    for (const Metric &metric : metrics) {
        if (metric.primary)
            return &metric;
    }
    return metrics.isEmpty() ? nullptr : &metrics.first();
}

void readScores(JsonFields &fields, const QJsonObject &cve, const QString &path, NvdCve &out)
{
    const QString metricsPath = JsonFields::member(path, "metrics"_L1);
    const QJsonObject metrics = fields.object(cve, "metrics"_L1, path);
    const QList<Metric> v31 = readMetrics(fields, metrics, "cvssMetricV31"_L1, metricsPath);
    const QList<Metric> v30 = readMetrics(fields, metrics, "cvssMetricV30"_L1, metricsPath);
    const QList<Metric> v40 = readMetrics(fields, metrics, "cvssMetricV40"_L1, metricsPath);
    const QList<Metric> v2 = readMetrics(fields, metrics, "cvssMetricV2"_L1, metricsPath);
    if (fields.failed())
        return;
    const std::pair<const QList<Metric> *, QString> order[] = {
        {&v31, u"3.1"_s}, {&v30, u"3.0"_s}, {&v40, u"4.0"_s}, {&v2, u"2.0"_s}};
    for (const auto &[list, version] : order) {
        if (const Metric *chosen = preferred(*list)) {
            out.cvssVersion = version;
            out.cvssBase = chosen->base;
            out.cvssVector = chosen->vector;
            break;
        }
    }
    if (const Metric *chosen = preferred(v40)) {
        out.cvss4Base = chosen->base;
        out.cvss4Vector = chosen->vector;
    }
}

// The "en" value of a [{lang, value}] list; every element is checked.
QString englishValue(JsonFields &fields, const QJsonArray &list, const QString &listPath, qsizetype maxLength,
                     QStringList *all = nullptr)
{
    QString english;
    fields.forEachObject(list, listPath, [&](const QJsonObject &item, const QString &itemPath) {
        const QString lang = fields.string(item, "lang"_L1, itemPath, JsonFields::IdLength);
        const QString value = fields.string(item, "value"_L1, itemPath, maxLength, JsonFields::Required);
        if (all)
            all->append(value);
        if (english.isEmpty() && lang == u"en"_s)
            english = value;
    });
    return english;
}

NvdCve readCve(JsonFields &fields, const QJsonObject &vulnerability, const QString &vulnerabilityPath)
{
    NvdCve out;
    const QString path = JsonFields::member(vulnerabilityPath, "cve"_L1);
    const QJsonObject cve = fields.object(vulnerability, "cve"_L1, vulnerabilityPath, JsonFields::Required);
    out.cveId = fields.cveId(cve, "id"_L1, path, JsonFields::Required);
    out.published = fields.timestamp(cve, "published"_L1, path);
    out.lastModified = fields.timestamp(cve, "lastModified"_L1, path);
    out.vulnStatus = fields.string(cve, "vulnStatus"_L1, path, JsonFields::IdLength);
    out.description = englishValue(fields, fields.array(cve, "descriptions"_L1, path),
                                   JsonFields::member(path, "descriptions"_L1), JsonFields::TextLength);
    readScores(fields, cve, path, out);

    const QString weaknessesPath = JsonFields::member(path, "weaknesses"_L1);
    const QJsonArray weaknesses = fields.array(cve, "weaknesses"_L1, path);
    fields.forEachObject(
        weaknesses, weaknessesPath, [&](const QJsonObject &weakness, const QString &weaknessPath) {
            QStringList values;
            englishValue(fields, fields.array(weakness, "description"_L1, weaknessPath),
                         JsonFields::member(weaknessPath, "description"_L1), JsonFields::IdLength, &values);
            for (const QString &value : std::as_const(values)) {
                if (FeedSyntax::isCweId(value) && !out.cwes.contains(value))
                    out.cwes.append(value);
            }
        });
    return out;
}

QString source()
{
    return NvdFeed::tr("NVD CVE API response");
}

QString hint()
{
    return NvdFeed::tr("The response is cut short or is not from the NVD CVE API 2.0; fetch it again.");
}

} // namespace

struct NvdFeed::Stream::State
{
    JsonFields fields;
    NvdPage page;
    JsonStream stream{"vulnerabilities"_L1, NvdFeed::MaxCves, NvdFeed::MaxCveBytes,
                      [this](const QJsonValue &value, qsizetype index) { return readElement(value, index); },
                      [](qsizetype count) {
                          return NvdFeed::tr("at least %1 CVEs, more than %2, the limit of one NVD response")
                              .arg(count)
                              .arg(NvdFeed::MaxCves);
                      }};

    bool readElement(const QJsonValue &value, qsizetype index)
    {
        const QString path = JsonFields::element(stream.arrayPath(), index);
        if (!value.isObject())
            fields.fail(path, JsonFields::tr("expected an object, got %1").arg(JsonFields::describe(value)));
        else
            page.cves.append(readCve(fields, value.toObject(), path));
        return !fields.failed();
    }
};

NvdFeed::Stream::Stream()
    : d(std::make_unique<State>())
{
}

NvdFeed::Stream::~Stream() = default;

bool NvdFeed::Stream::feed(QByteArrayView chunk)
{
    return d->stream.feed(chunk);
}

Result<NvdPage> NvdFeed::Stream::finish()
{
    d->stream.finish();
    JsonFields &fields = d->fields;
    if (fields.failed())
        return fields.error(source(), hint());
    if (d->stream.failed())
        return d->stream.error(source(), hint());
    const QJsonObject &object = d->stream.members();
    const QString root = JsonFields::rootPath();
    NvdPage &page = d->page;
    page.resultsPerPage = fields.count(object, "resultsPerPage"_L1, root);
    page.startIndex = fields.count(object, "startIndex"_L1, root);
    page.totalResults = fields.count(object, "totalResults"_L1, root);
    page.timestamp = fields.timestamp(object, "timestamp"_L1, root);
    if (!d->stream.sawArray()) // absent, null or not an array: said as for any field
        fields.array(object, "vulnerabilities"_L1, root, JsonFields::Required);
    const qsizetype cves = d->stream.elementCount();
    const QString listPath = d->stream.arrayPath();
    if (!fields.failed() && JsonFields::has(object, "resultsPerPage"_L1) && cves > page.resultsPerPage)
        fields.fail(listPath,
                    NvdFeed::tr("%1 CVEs, more than resultsPerPage (%2)").arg(cves).arg(page.resultsPerPage));
    if (!fields.failed() && JsonFields::has(object, "totalResults"_L1) &&
        qint64(page.startIndex) + cves > page.totalResults)
        fields.fail(listPath, NvdFeed::tr("%1 CVEs from index %2, more than totalResults (%3)")
                                  .arg(cves)
                                  .arg(page.startIndex)
                                  .arg(page.totalResults));
    if (fields.failed())
        return fields.error(source(), hint());
    return std::move(page);
}

Result<NvdPage> NvdFeed::parse(const QByteArray &json)
{
    Stream stream;
    stream.feed(json);
    return stream.finish();
}
