#pragma once

#include <QLabel>

// A one-line plain-text label that, given less room than its text needs, shows "…" in the middle of the
// text instead of cutting it off at the edge (the status bar's database line: its path and its key's
// place both matter). Its size hint is the whole text; it can shrink to a few characters. The full text
// stays its text for screen readers and tests.
class ElidedLabel : public QLabel
{
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};
