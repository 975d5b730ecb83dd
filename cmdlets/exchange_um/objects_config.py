"""Output objects of the UM server-side settings and call answering rules (generic stored configuration).

Layer: cmdlet code; builds on objects.py (EMS note properties first, documented defaults in display
order, stored properties after them, the configuration AD tail, ObjectState last).
"""

from __future__ import annotations

from typing import Any

from pwshlite.objects import PSObject

from .objects import (
    CONFIG_TAIL,
    NS_SYS,
    NS_UM,
    V_UM_CONFIG,
    ad_common,
    build,
    config_dn,
    spec,
    type_names,
)

# -- other configuration objects: stored properties (documented defaults first) + the config tail --------
GENERIC_KINDS: dict[str, tuple[str, str, str, dict[str, Any]]] = {
    # kind -> (type name, schema class CN, ldap class, defaults in display order)
    "UMCallAnsweringRule": (
        f"{NS_UM}.UMCallAnsweringRule",
        "ms-Exch-UM-Call-Answering-Rule",
        "msExchUMCallAnsweringRule",
        {
            "Mailbox": None,
            "Priority": 9,
            "Enabled": True,
            "CallerIds": [],
            "CallersCanInterruptGreeting": False,
            "CheckAutomaticReplies": False,
            "ExtensionsDialed": [],
            "KeyMappings": [],
            "ScheduleStatus": 0,
            "TimeOfDay": None,
            "InError": False,
        },
    ),
    "UMService": (
        f"{NS_SYS}.UMServer",
        "ms-Exch-Exchange-Server",
        "msExchExchangeServer",
        {
            "MaxCallsAllowed": 100,
            "Status": "Enabled",
            "SipTcpListeningPort": 5062,
            "SipTlsListeningPort": 5063,
            "Languages": ["en-US"],
            "DialPlans": [],
            "GrammarGenerationSchedule": ["Sun.2:00 AM-Sun.2:30 AM"],
            "SIPAccessService": None,
            "ExternalHostFqdn": None,
            "ExternalServiceFqdn": None,
            "UMPodRedirectTemplate": None,
            "UMForwardingAddressTemplate": None,
            "UMStartupMode": "TCP",
            "UMCertificateThumbprint": None,
            "IPAddressFamilyConfigurable": False,
            "IPAddressFamily": "Any",
            "IrmLogEnabled": True,
            "IrmLogMaxAge": "30.00:00:00",
            "IrmLogMaxDirectorySize": "250 MB (262,144,000 bytes)",
            "IrmLogMaxFileSize": "10 MB (10,485,760 bytes)",
            "IrmLogPath": None,
        },
    ),
    "UMCallRouterSettings": (
        f"{NS_SYS}.SIPFEServerConfiguration",
        "ms-Exch-Exchange-Server",
        "msExchExchangeServer",
        {
            "MaxCallsAllowed": None,
            "SipTcpListeningPort": 5060,
            "SipTlsListeningPort": 5061,
            "DialPlans": [],
            "UMStartupMode": "TCP",
            "UMCertificateThumbprint": None,
            "IPAddressFamilyConfigurable": False,
            "IPAddressFamily": "Any",
            "ExternalHostFqdn": None,
            "ExternalServiceFqdn": None,
            "UMPodRedirectTemplate": None,
            "UMForwardingAddressTemplate": None,
        },
    ),
}


def generic_object(rec: Any) -> PSObject:
    """A stored configuration object of a GENERIC_KINDS kind: defaults overlaid with stored props (in the
    defaults' order, extra stored names after), then the configuration AD tail."""
    type_name, category, ldap, defaults = GENERIC_KINDS[rec.kind]
    values: dict[str, Any] = dict(defaults)
    values.update(rec.props)
    order = [*defaults, *(k for k in rec.props if k not in defaults)]
    props = tuple((k, "m" if isinstance(values.get(k), list) else "") for k in order)
    dn = config_dn(rec.name, "Servers" if rec.kind != "UMCallAnsweringRule" else "UM Call Answering Rules")
    common = ad_common(rec, rec.name, dn, V_UM_CONFIG, category, [ldap])
    common.update(values)
    return build(props + spec(CONFIG_TAIL), common, type_names(type_name))
