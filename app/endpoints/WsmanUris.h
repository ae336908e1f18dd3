#pragma once

#include <QString>

// The namespace and action URIs of WS-Management's Windows shell (MS-WSMV, DSP0226), shared by the requests
// WsmanEnvelope writes and the answers WinRmResponse and WsmanFault read. Readers match these URIs, never the
// prefixes a server happens to use.
namespace WsmanUris {
inline constexpr QLatin1String Soap("http://www.w3.org/2003/05/soap-envelope");
inline constexpr QLatin1String Addressing("http://schemas.xmlsoap.org/ws/2004/08/addressing");
inline constexpr QLatin1String Wsman("http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd");
inline constexpr QLatin1String MsWsman("http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd");
inline constexpr QLatin1String Shell("http://schemas.microsoft.com/wbem/wsman/1/windows/shell");
inline constexpr QLatin1String Transfer("http://schemas.xmlsoap.org/ws/2004/09/transfer");
inline constexpr QLatin1String WsmanFault("http://schemas.microsoft.com/wbem/wsman/1/wsmanfault");
inline constexpr QLatin1String Xml("http://www.w3.org/XML/1998/namespace");

inline constexpr QLatin1String Anonymous("http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous");
inline constexpr QLatin1String CmdResource("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/cmd");

inline constexpr QLatin1String CreateAction("http://schemas.xmlsoap.org/ws/2004/09/transfer/Create");
inline constexpr QLatin1String DeleteAction("http://schemas.xmlsoap.org/ws/2004/09/transfer/Delete");
inline constexpr QLatin1String
    CommandAction("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Command");
inline constexpr QLatin1String SendAction("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Send");
inline constexpr QLatin1String
    ReceiveAction("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Receive");
inline constexpr QLatin1String SignalAction("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Signal");

inline constexpr QLatin1String
    SignalTerminate("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/signal/terminate");
inline constexpr QLatin1String
    SignalCtrlC("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/signal/ctrl_c");
inline constexpr QLatin1String
    CommandStatePrefix("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/CommandState/");
} // namespace WsmanUris
