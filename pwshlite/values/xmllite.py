"""[xml]-lite: an XmlDocument/XmlElement pair with PowerShell's XML adapter member access.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).

Public API:
    parse_xml(text: str) -> XmlDocument           the [xml] cast; raises PwshError as 5.1 does
    XmlDocument / XmlElement
        .get_member(name) -> Any | None           adapter view: child elements (a string when the element
                                                  holds only text), attributes, '#text'; a list when several
        .invoke(name, args) -> Any                GetAttribute SetAttribute SelectNodes SelectSingleNode
                                                  GetElementsByTagName HasAttribute ToString Save(path)
        .set_member(name, value) -> None          a unique attribute or unique leaf element's text
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from . import errs

_PROPERTIES = {"name", "localname", "innertext", "innerxml", "outerxml", "childnodes", "attributes"}


class XmlElement:
    """System.Xml.XmlElement adapted as PowerShell does (child elements and attributes as properties)."""

    type_name = "System.Xml.XmlElement"

    def __init__(self, element: ET.Element) -> None:
        self.element = element

    @property
    def name(self) -> str:
        return self.element.tag

    def inner_text(self) -> str:
        return "".join(self.element.itertext())

    def children(self) -> list[XmlElement]:
        return [XmlElement(child) for child in self.element]

    def get_member(self, name: str) -> Any:
        """The adapter: attribute value, child element(s), '#text', or a standard XmlNode property."""
        folded = name.casefold()
        found: list[Any] = [v for k, v in self.element.attrib.items() if k.casefold() == folded]
        found += [_adapt(c) for c in self.element if c.tag.casefold() == folded]
        if folded == "#text" and self.element.text and self.element.text.strip():
            found.append(self.element.text)
        if found:
            return found[0] if len(found) == 1 else found
        return self._standard(folded)

    def _standard(self, folded: str) -> Any:
        if folded not in _PROPERTIES:
            return None
        if folded in ("name", "localname"):
            return self.name
        if folded == "innertext":
            return self.inner_text()
        if folded == "outerxml":
            return ET.tostring(self.element, encoding="unicode").strip()
        if folded == "innerxml":
            whole = ET.tostring(self.element, encoding="unicode").strip()
            return whole[whole.find(">") + 1 : whole.rfind("</")] if "</" in whole else ""
        if folded == "childnodes":
            return self.children()
        return dict(self.element.attrib)

    def invoke(self, name: str, args: list[Any]) -> Any:
        folded = name.casefold()
        if folded == "getattribute" and len(args) == 1:
            return self.element.attrib.get(str(args[0]), "")
        if folded == "setattribute" and len(args) == 2:
            self.element.set(str(args[0]), str(args[1]))
            return None
        if folded == "hasattribute" and len(args) == 1:
            return str(args[0]) in self.element.attrib
        if folded in ("selectnodes", "getelementsbytagname") and len(args) == 1:
            path = str(args[0]) if folded == "selectnodes" else ".//" + str(args[0])
            return [XmlElement(e) for e in self._select(path)]
        if folded == "selectsinglenode" and len(args) == 1:
            nodes = self._select(str(args[0]))
            return XmlElement(nodes[0]) if nodes else None
        if folded == "tostring" and not args:
            return str(self)
        if folded == "save" and len(args) == 1 and isinstance(self, XmlDocument):
            self.save(str(args[0]))
            return None
        raise errs.method_not_found(self.type_name, name)

    def set_member(self, name: str, value: Any) -> None:
        """The XML adapter's setter: a unique attribute, or the text of a unique leaf child element."""
        if not isinstance(value, str):
            raise _setting_error(
                name,
                f'Cannot set "{name}" because only strings can be used as values to set XmlNode properties.',
            )
        folded = name.casefold()
        for key in self.element.attrib:
            if key.casefold() == folded:
                self.element.set(key, value)
                return
        children = [c for c in self.element if c.tag.casefold() == folded]
        if len(children) == 1 and len(children[0]) == 0 and not children[0].attrib:
            children[0].text = value
            return
        raise _setting_error(
            name,
            f'Cannot set "{name}" because only unique attributes or unique non-attributed leaf nodes can be set.',
        )

    def _select(self, xpath: str) -> list[ET.Element]:
        path = "." + xpath if xpath.startswith("/") else xpath
        try:
            return list(self.element.iterfind(path))
        except SyntaxError:
            return []

    def __str__(self) -> str:
        return self.type_name if len(self.element) else self.inner_text()


class XmlDocument(XmlElement):
    """System.Xml.XmlDocument: the document node; its single member is the root element."""

    type_name = "System.Xml.XmlDocument"

    def __init__(self, root: ET.Element) -> None:
        holder = ET.Element("#document")
        holder.append(root)
        super().__init__(holder)
        self.root = root

    @property
    def name(self) -> str:
        return "#document"

    def get_member(self, name: str) -> Any:
        if name.casefold() == "documentelement":
            return XmlElement(self.root)
        return super().get_member(name)

    def save(self, path: str) -> None:
        """XmlDocument.Save(path): UTF-8 with an XML declaration."""
        ET.ElementTree(self.root).write(path, encoding="utf-8", xml_declaration=True)

    def __str__(self) -> str:
        return self.type_name


def _setting_error(name: str, inner: str) -> errs.PwshError:
    """`Exception setting "x": "..."` (ExtendedTypeSystem.ExceptionWhenSetting)."""
    return errs.error(
        f'Exception setting "{name}": "{inner}"',
        "ExceptionWhenSetting",
        errs.ErrorCategory.NotSpecified,
        "System.Management.Automation.SetValueInvocationException",
    )


def _adapt(element: ET.Element) -> Any:
    """A child element as PowerShell shows it: its text when it has no attributes or children."""
    if len(element) == 0 and not element.attrib:
        return element.text or ""
    return XmlElement(element)


def parse_xml(text: str) -> XmlDocument:
    """Parse XML text for an [xml] cast."""
    try:
        root = ET.fromstring(text.lstrip("\ufeff"))
    except ET.ParseError as exc:
        line, column = exc.position
        inner = f"Data at the root level is invalid. Line {line}, position {column + 1}."
        raise errs.cast_error(text, "System.Xml.XmlDocument", inner, "InvalidCastToXmlDocument") from None
    return XmlDocument(root)
