#pragma once

#include <QString>
#include <QStringList>

// Which assets a metric covers: every field left empty matches every asset. Tag and OS are hooks the
// Compliance pane's filters will use; the CLI sets ring (and criticality).
struct MetricScope
{
    QString ring;
    QString criticality;
    QString tag;
    QString osId;

    bool isFleet() const;
    bool contains(const QString &ring, const QString &criticality, const QStringList &tags,
                  const QString &osId) const;
    // How snapshots name the scope: "" for the fleet, else "ring=canary;criticality=high" (fixed order).
    QString key() const;
};
