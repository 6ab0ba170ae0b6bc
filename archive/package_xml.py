"""The XML of an archival package: METS (E-ARK CSIP), Dublin Core, PREMIS.

Built with the standard library's ElementTree from the records of archive/package.py; every
time is written in Vietnam's time, +07:00, as Thông tư 05/2025/TT-BNV asks.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, timezone

from hoso.archive.package_records import PackageEvent, PackageFile, PackageInfo

__all__ = ["ICT", "dublin_core", "local_time", "mets", "premis"]

ICT = timezone(timedelta(hours=7), "ICT")
METS_NS = "http://www.loc.gov/METS/"
CSIP_NS = "https://DILCIS.eu/XML/METS/CSIPExtensionMETS"
XLINK_NS = "http://www.w3.org/1999/xlink"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
DC_NS = "http://purl.org/dc/elements/1.1/"
DCTERMS_NS = "http://purl.org/dc/terms/"
PREMIS_NS = "http://www.loc.gov/premis/v3"
HOSO_NS = "urn:hoso:package:1"
CSIP_PROFILE = "https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml"
for _prefix, _uri in (("mets", METS_NS), ("csip", CSIP_NS), ("xlink", XLINK_NS),
                      ("xsi", XSI_NS), ("dc", DC_NS), ("dcterms", DCTERMS_NS),
                      ("premis", PREMIS_NS), ("hoso", HOSO_NS)):
    ET.register_namespace(_prefix, _uri)


def local_time(moment: datetime) -> str:
    """ISO 8601 in +07:00 (a naive time is UTC, as the catalog keeps it)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(ICT).isoformat(timespec="seconds")


def _q(ns: str, tag: str) -> str:
    return f"{{{ns}}}{tag}"


def _sub(parent: ET.Element, ns: str, tag: str, text: str | None = None,
         **attrs: str) -> ET.Element:
    node = ET.SubElement(parent, _q(ns, tag), attrs)
    if text is not None:
        node.text = text
    return node


def _bytes(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def dublin_core(info: PackageInfo) -> bytes:
    """Descriptive metadata: code, title, dates, language, keywords, access, retention."""
    root = ET.Element(_q(HOSO_NS, "dossier"))
    _sub(root, DC_NS, "identifier", info.code)
    _sub(root, DC_NS, "title", info.title)
    _sub(root, DC_NS, "language", "vi")
    _sub(root, DC_NS, "type", "Hồ sơ thủ tục hành chính")
    if info.procedure:
        _sub(root, DC_NS, "relation", f"Thủ tục hành chính {info.procedure}")
    for keyword in info.keywords:
        _sub(root, DC_NS, "subject", keyword)
    if info.desk:
        _sub(root, DC_NS, "publisher", info.desk)
    if info.applicant_name:
        _sub(root, DC_NS, "contributor", info.applicant_name)
    if info.received_at:
        _sub(root, DCTERMS_NS, "dateSubmitted", local_time(info.received_at))
    _sub(root, DCTERMS_NS, "created", local_time(info.created_at))
    _sub(root, DCTERMS_NS, "accessRights", info.access_level)
    # Where the period comes from: a procedure component (its code), else the document type.
    origin = {"component": info.retention.component} if info.retention.component else {}
    _sub(root, HOSO_NS, "retentionPeriod", info.retention.iso_period,
         label=info.retention.label, basis=info.retention.basis, **origin)
    return _bytes(root)


def premis(files: Sequence[PackageFile], events: Sequence[PackageEvent], code: str) -> bytes:
    """Preservation metadata: each file with its SHA-256, each event of the history chain."""
    root = ET.Element(_q(PREMIS_NS, "premis"), {"version": "3.0"})
    for f in files:
        _premis_object(root, f)
    for event in events:
        _premis_event(root, event, code)
    for actor in sorted({e.actor or "hoso" for e in events}):
        agent = _sub(root, PREMIS_NS, "agent")
        ident = _sub(agent, PREMIS_NS, "agentIdentifier")
        _sub(ident, PREMIS_NS, "agentIdentifierType", "local")
        _sub(ident, PREMIS_NS, "agentIdentifierValue", actor)
        _sub(agent, PREMIS_NS, "agentName", actor)
        _sub(agent, PREMIS_NS, "agentType", "software" if actor in ("worker", "cli", "hoso")
             else "person")
    return _bytes(root)


def _premis_object(root: ET.Element, f: PackageFile) -> None:
    obj = _sub(root, PREMIS_NS, "object", **{_q(XSI_NS, "type"): "premis:file"})
    ident = _sub(obj, PREMIS_NS, "objectIdentifier")
    _sub(ident, PREMIS_NS, "objectIdentifierType", "local")
    _sub(ident, PREMIS_NS, "objectIdentifierValue", f.path)
    chars = _sub(obj, PREMIS_NS, "objectCharacteristics")
    fixity = _sub(chars, PREMIS_NS, "fixity")
    _sub(fixity, PREMIS_NS, "messageDigestAlgorithm", "SHA-256")
    _sub(fixity, PREMIS_NS, "messageDigest", f.sha256)
    _sub(chars, PREMIS_NS, "size", str(f.size))
    fmt = _sub(_sub(chars, PREMIS_NS, "format"), PREMIS_NS, "formatDesignation")
    _sub(fmt, PREMIS_NS, "formatName", f.media_type)
    _sub(obj, PREMIS_NS, "originalName", f.original_name or f.path.rpartition("/")[2])


def _premis_event(root: ET.Element, event: PackageEvent, code: str) -> None:
    node = _sub(root, PREMIS_NS, "event")
    ident = _sub(node, PREMIS_NS, "eventIdentifier")
    _sub(ident, PREMIS_NS, "eventIdentifierType", "hoso-history-sha256")
    _sub(ident, PREMIS_NS, "eventIdentifierValue", event.hash)
    _sub(node, PREMIS_NS, "eventType", event.kind)
    _sub(node, PREMIS_NS, "eventDateTime", local_time(event.at))
    detail = _sub(node, PREMIS_NS, "eventDetailInformation")
    _sub(detail, PREMIS_NS, "eventDetail", json.dumps(
        {"subject": event.subject, **event.detail}, ensure_ascii=False, sort_keys=True))
    agent = _sub(node, PREMIS_NS, "linkingAgentIdentifier")
    _sub(agent, PREMIS_NS, "linkingAgentIdentifierType", "local")
    _sub(agent, PREMIS_NS, "linkingAgentIdentifierValue", event.actor or "hoso")
    linked = _sub(node, PREMIS_NS, "linkingObjectIdentifier")
    _sub(linked, PREMIS_NS, "linkingObjectIdentifierType", "local")
    _sub(linked, PREMIS_NS, "linkingObjectIdentifierValue", code)


def mets(info: PackageInfo, files: Sequence[PackageFile],
         metadata: Sequence[PackageFile], created: datetime,
         representation: PackageFile | None = None) -> bytes:
    """The package's root METS.xml (E-ARK CSIP): header, metadata and file sections, and the
    physical structure map; `representation` is the representation's own METS.xml, which
    the root points to (CSIP114) besides listing every file itself."""
    root = _mets_root(info.code, info, created)
    for number, item in enumerate(metadata, start=1):
        _metadata_section(root, item, number, created)
    _order_administrative_sections(root)
    _file_section(root, files, created, representation)
    _structure_map(root, info, files, metadata, representation)
    return _bytes(root)


def representation_mets(info: PackageInfo, files: Sequence[PackageFile], folder: str,
                        created: datetime) -> bytes:
    """The representation-level METS.xml in `folder` (CSIPSTR12): its files, with paths
    from that folder, in a file group and a division labelled Data."""
    root = _mets_root(f"{info.code}/{folder.rstrip('/').rsplit('/', 1)[-1]}", info, created)
    section = _sub(root, METS_NS, "fileSec", ID="filesec-1")
    group = _sub(section, METS_NS, "fileGrp", ID="filegrp-data", USE="Data")
    for number, f in enumerate(files, start=1):
        _file_entry(group, f, f"file-{number}", f.path.removeprefix(folder), created)
    structure = _sub(root, METS_NS, "structMap", ID="structmap-1", TYPE="PHYSICAL",
                     LABEL="CSIP")
    top = _sub(structure, METS_NS, "div", ID="div-root", LABEL=root.get("OBJID", ""))
    data = _sub(top, METS_NS, "div", ID="div-data", LABEL="Data")
    for number in range(1, len(files) + 1):
        _sub(data, METS_NS, "fptr", FILEID=f"file-{number}")
    return _bytes(root)


def _mets_root(objid: str, info: PackageInfo, created: datetime) -> ET.Element:
    root = ET.Element(_q(METS_NS, "mets"), {
        "OBJID": objid, "LABEL": info.title, "TYPE": "Mixed",
        "PROFILE": CSIP_PROFILE, _q(CSIP_NS, "CONTENTINFORMATIONTYPE"): "MIXED",
        _q(XSI_NS, "schemaLocation"): f"{METS_NS} http://www.loc.gov/standards/mets/mets.xsd",
    })
    # AIP: the archive's own package of what it holds, history and all.
    header = _sub(root, METS_NS, "metsHdr", CREATEDATE=local_time(created),
                  RECORDSTATUS="NEW", **{_q(CSIP_NS, "OAISPACKAGETYPE"): "AIP"})
    agent = _sub(header, METS_NS, "agent", ROLE="CREATOR", TYPE="OTHER", OTHERTYPE="SOFTWARE")
    _sub(agent, METS_NS, "name", "hoso")
    _sub(agent, METS_NS, "note", info.software_version,
         **{_q(CSIP_NS, "NOTETYPE"): "SOFTWARE VERSION"})
    return root


_MD_KINDS = {"descriptive": ("dmdSec", "DC"), "preservation": ("digiprovMD", "PREMIS"),
             "other": ("techMD", "OTHER")}


def _metadata_section(root: ET.Element, item: PackageFile, number: int,
                      created: datetime) -> None:
    section, mdtype = _MD_KINDS[item.kind]
    parent = root
    if section != "dmdSec":
        found = root.find(_q(METS_NS, "amdSec"))
        parent = found if found is not None else _sub(root, METS_NS, "amdSec")
    node = _sub(parent, METS_NS, section, ID=f"md-{number}", STATUS="CURRENT",
                CREATED=local_time(created))
    attrs = {"LOCTYPE": "URL", _q(XLINK_NS, "type"): "simple", _q(XLINK_NS, "href"): item.path,
             "MDTYPE": mdtype, "MIMETYPE": item.media_type, "SIZE": str(item.size),
             "CREATED": local_time(created), "CHECKSUM": item.sha256,
             "CHECKSUMTYPE": "SHA-256"}
    if mdtype == "OTHER":
        attrs["OTHERMDTYPE"] = "HOSO-CATALOG"
    _sub(node, METS_NS, "mdRef", **attrs)


# METS' schema orders amdSec's children; metadata files arrive in the package's own order.
_AMD_ORDER = ("techMD", "rightsMD", "sourceMD", "digiprovMD")


def _order_administrative_sections(root: ET.Element) -> None:
    section = root.find(_q(METS_NS, "amdSec"))
    if section is None:
        return
    children = sorted(section, key=lambda c: _AMD_ORDER.index(c.tag.split("}")[1]))
    section[:] = children


def _file_section(root: ET.Element, files: Sequence[PackageFile], created: datetime,
                  representation: PackageFile | None) -> None:
    section = _sub(root, METS_NS, "fileSec", ID="filesec-1")
    # No E-ARK content information type describes a dossier: CSIP63 asks for OTHER + a name.
    group = _sub(section, METS_NS, "fileGrp", ID="filegrp-rep1", USE="Representations/rep1",
                 **{_q(CSIP_NS, "CONTENTINFORMATIONTYPE"): "OTHER",
                    _q(CSIP_NS, "OTHERCONTENTINFORMATIONTYPE"): "hoso-dossier"})
    if representation is not None:
        _file_entry(group, representation, "file-rep1-mets", representation.path, created)
    for number, f in enumerate(files, start=1):
        _file_entry(group, f, f"file-{number}", f.path, created)


def _file_entry(group: ET.Element, f: PackageFile, ident: str, href: str,
                created: datetime) -> None:
    # CSIP70's CREATED: each file here is the copy written when the package was made.
    node = _sub(group, METS_NS, "file", ID=ident, MIMETYPE=f.media_type, SIZE=str(f.size),
                CREATED=local_time(created), CHECKSUM=f.sha256, CHECKSUMTYPE="SHA-256",
                USE=f.kind)
    _sub(node, METS_NS, "FLocat", LOCTYPE="URL", **{
        _q(XLINK_NS, "type"): "simple", _q(XLINK_NS, "href"): href})


def _structure_map(root: ET.Element, info: PackageInfo, files: Sequence[PackageFile],
                   metadata: Sequence[PackageFile],
                   representation: PackageFile | None) -> None:
    structure = _sub(root, METS_NS, "structMap", ID="structmap-1", TYPE="PHYSICAL",
                     LABEL="CSIP")
    top = _sub(structure, METS_NS, "div", ID="div-root", LABEL=info.code)
    numbered = list(enumerate(metadata, start=1))
    _sub(top, METS_NS, "div", ID="div-metadata", LABEL="Metadata",
         DMDID=" ".join(f"md-{n}" for n, m in numbered if m.kind == "descriptive"),
         ADMID=" ".join(f"md-{n}" for n, m in numbered if m.kind != "descriptive"))
    rep = _sub(top, METS_NS, "div", ID="div-rep1", LABEL="Representations/rep1")
    if representation is not None:
        _sub(rep, METS_NS, "mptr", LOCTYPE="URL", **{
            _q(XLINK_NS, "type"): "simple", _q(XLINK_NS, "href"): representation.path,
            _q(XLINK_NS, "title"): "Mets file describing representation: rep1"})
    for number in range(1, len(files) + 1):
        _sub(rep, METS_NS, "fptr", FILEID=f"file-{number}")
