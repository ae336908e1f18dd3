#pragma once

#include "reports/OutputTable.h"

#include "domain/StoredWords.h"

#include <QVariant>

// A state in a CLI listing (change list, deploy status ...): in JSON and CSV the stored word, which never
// changes, for scripts; in the aligned table the translated word, for people.
template<typename State>
QVariant stateCell(State state, OutputTable::Format format)
{
    return format == OutputTable::Format::Table ? displayName(state) : storedText(state);
}
