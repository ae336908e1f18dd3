#pragma once

#include <QString>
#include <QStringList>

// Which assets a metric covers: every field left empty matches every asset; the others must all match. Ring
// and criticality match exactly; tag matches one of the asset's tags and OS its os_id (e.g. "debian"), both
// ignoring case and surrounding blanks. The Compliance pane's filters and the CLI's options set them.
struct MetricScope
{
    QString ring;
    QString criticality;
    QString tag;
    QString osId;

    bool isFleet() const;
    bool contains(const QString &ring, const QString &criticality, const QStringList &tags,
                  const QString &osId) const;
    // How snapshots name the scope: "" for the fleet, else "ring=canary;criticality=high;tag=web;os=debian"
    // (fixed order; tag and OS trimmed and in lower case, as they match).
    QString key() const;
};
