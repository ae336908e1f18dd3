#pragma once

#include "domain/Asset.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <optional>

// The asset's settable fields by the name of their `asset add` long option (name, transport, address, port,
// user, identity, criticality, exposure, ring, tag; for WinRM auth, allow-http, ca-file, client-cert,
// client-key), read from text: the one vocabulary of the CLI options,
// the CSV columns and the Ansible variables.
class AssetFields
{
    Q_DECLARE_TR_FUNCTIONS(AssetFields)

public:
    static const QStringList &names();
    // The field a column or option name means ("tags" is "tag"), or an empty string.
    static QString canonical(const QString &name);

    // Sets `field` of `asset` from `text` (trimmed); an error says why the text does not fit. Tags are
    // separated by commas, semicolons or spaces; an identity may start with ~/.
    static Status set(Asset *asset, const QString &field, const QString &text);
    // Copies the `fields` of `from` onto `to`.
    static void copy(const Asset &from, const QSet<QString> &fields, Asset *to);

    static QStringList splitTags(const QString &text);
    // yes/true/1 or no/false/0, any case; nullopt for anything else.
    static std::optional<bool> yesOrNo(const QString &text);
    static QString expandHome(const QString &path);
};
