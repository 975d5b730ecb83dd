"""Unit tests for New-Object, Add-Member, Get-Member, SecureString, Read-Host and Get-Credential."""

from __future__ import annotations

import pytest
from pwshlite.cmdlets.core import _secure
from pwshlite.cmdlets.core._members import MemberPSObject
from pwshlite.cmdlets.core.add_member import AddMember, PSMemberTypes
from pwshlite.cmdlets.core.convertfrom_securestring import ConvertFromSecureString
from pwshlite.cmdlets.core.convertto_securestring import ConvertToSecureString
from pwshlite.cmdlets.core.get_credential import GetCredential
from pwshlite.cmdlets.core.get_member import GetMember, MemberTypesFilter
from pwshlite.cmdlets.core.new_object import NewObject
from pwshlite.cmdlets.core.read_host import ReadHost

from pwshlite.objects import PSHashtable, PSObject, SecureString

from .core_fakes import FakeBlock, FakeContext, run, run_error


@pytest.fixture(autouse=True)
def _key_file(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PWSHLITE_DPAPI_KEY", str(tmp_path / "dpapi.key"))


def test_new_object_psobject_with_properties_and_collections() -> None:
    ctx = FakeContext()
    (obj,) = run(NewObject, ctx, TypeName="PSObject", Property=PSHashtable([("Name", "Tony"), ("Ext", 4200)]))
    assert (
        obj.names() == ["Name", "Ext"] and obj.type_names[0] == "System.Management.Automation.PSCustomObject"
    )
    (al,) = run(NewObject, ctx, TypeName="System.Collections.ArrayList")
    assert al == [] and al.type_name == "System.Collections.ArrayList"
    (gl,) = run(NewObject, ctx, TypeName="System.Collections.Generic.List[string]")
    assert gl.type_name.startswith("System.Collections.Generic.List`1[[System.String")
    (ht,) = run(NewObject, ctx, TypeName="System.Collections.Hashtable")
    assert isinstance(ht, PSHashtable)
    (dt,) = run(NewObject, ctx, TypeName="System.DateTime", ArgumentList=[2020, 1, 2])
    assert (dt.year, dt.month, dt.day) == (2020, 1, 2)


def test_new_object_unknown_type_and_bad_overload() -> None:
    record = run_error(NewObject, FakeContext(), TypeName="Foo.Bar")
    assert (
        record.message
        == "Cannot find type [Foo.Bar]: verify that the assembly containing this type is loaded."
    )
    assert record.fully_qualified_error_id == "TypeNotFound,Microsoft.PowerShell.Commands.NewObjectCommand"
    record = run_error(
        NewObject,
        FakeContext(),
        TypeName="System.Management.Automation.PSCredential",
        ArgumentList=["u", "plain"],
    )
    assert record.message == 'Cannot find an overload for "PSCredential" and the argument count: "2".'


def test_credential_and_network_credential() -> None:
    ctx = FakeContext()
    (cred,) = run(
        NewObject,
        ctx,
        TypeName="System.Management.Automation.PSCredential",
        ArgumentList=["CONTOSO\\admin", SecureString("pw")],
    )
    assert (
        cred.get("UserName") == "CONTOSO\\admin"
        and str(cred.get("Password")) == "System.Security.SecureString"
    )
    found, net = cred.ps_invoke_method(None, "getnetworkcredential", [])
    assert found and (net.get("UserName"), net.get("Password"), net.get("Domain")) == (
        "admin",
        "pw",
        "CONTOSO",
    )
    assert run(GetCredential, ctx, Credential=cred) == [cred]


def test_string_builder() -> None:
    (sb,) = run(NewObject, FakeContext(), TypeName="System.Text.StringBuilder")
    sb.ps_invoke_method(None, "append", ["a"])
    sb.ps_invoke_method(None, "appendline", ["b"])
    assert sb.ps_invoke_method(None, "tostring", []) == (True, "ab\r\n")
    assert sb.ps_get_member("length") == (True, 4)


def test_add_member_note_alias_script_and_errors() -> None:
    ctx = FakeContext()
    obj = PSObject({"Size": 2})
    run(AddMember, ctx, InputObject=obj, NotePropertyName="Status", NotePropertyValue="Done")
    run(AddMember, ctx, InputObject=obj, NotePropertyMembers=PSHashtable([("A", 1), ("B", 2)]))
    run(
        AddMember,
        ctx,
        InputObject=obj,
        MemberType=PSMemberTypes.parse("AliasProperty"),
        Name="Length",
        Value="Size",
    )
    block = FakeBlock(lambda this: this.get("Size") * 2, "{ $this.Size * 2 }")
    run(
        AddMember,
        ctx,
        InputObject=obj,
        MemberType=PSMemberTypes.parse("ScriptProperty"),
        Name="Double",
        Value=block,
    )
    assert obj.names() == ["Size", "Status", "A", "B"]
    assert isinstance(obj, MemberPSObject)
    assert obj.ps_get_member("length") == (True, 2) and obj.ps_get_member("double") == (True, 4)
    run(AddMember, ctx, InputObject=obj, NotePropertyName="Size", NotePropertyValue=3)
    assert ctx.errors[0].message.startswith(
        'Cannot add a member with the name "Size" because a member with that name already exists.'
    )
    run(AddMember, ctx, InputObject=obj, NotePropertyName="Size", NotePropertyValue=3, Force=True)
    assert obj.get("Size") == 3


def test_add_member_passthru_wraps_scalars_and_typename() -> None:
    (wrapped,) = run(
        AddMember,
        FakeContext(),
        InputObject="abc",
        NotePropertyName="x",
        NotePropertyValue=1,
        PassThru=True,
        TypeName="My.Type",
    )
    assert wrapped.base == "abc" and wrapped.get("x") == 1 and wrapped.type_names[0] == "My.Type"


def test_get_member_custom_object_and_filters() -> None:
    rows = run(GetMember, FakeContext(), InputObject=PSObject({"a": 1, "b": None}))
    assert [(r.get("Name"), r.get("MemberType"), r.get("Definition")) for r in rows] == [
        ("Equals", "Method", "bool Equals(System.Object obj)"),
        ("GetHashCode", "Method", "int GetHashCode()"),
        ("GetType", "Method", "type GetType()"),
        ("ToString", "Method", "string ToString()"),
        ("a", "NoteProperty", "int a=1"),
        ("b", "NoteProperty", "object b=null"),
    ]
    assert rows[0].get("TypeName") == "System.Management.Automation.PSCustomObject"
    props = run(GetMember, FakeContext(), InputObject="text", MemberType=MemberTypesFilter.parse("Property"))
    assert [r.get("Name") for r in props] == ["Length"]
    named = run(GetMember, FakeContext(), InputObject="text", Name=["to*er"])
    assert [r.get("Name") for r in named] == ["ToLower", "ToUpper"]


def test_get_member_one_table_per_type_and_no_input_error() -> None:
    ctx = FakeContext()
    rows = run(GetMember, ctx, pipeline=[1, 2, "x"])
    assert sorted({r.get("TypeName") for r in rows}) == ["System.Int32", "System.String"]
    run(GetMember, ctx)
    assert ctx.errors[0].message == "You must specify an object for the Get-Member cmdlet."


def test_securestring_round_trips() -> None:
    ctx = FakeContext()
    (secure,) = run(ConvertToSecureString, ctx, String="P@ss", AsPlainText=True, Force=True)
    assert str(secure) == "System.Security.SecureString" and secure.reveal() == "P@ss"
    (hex_text,) = run(ConvertFromSecureString, ctx, SecureString=secure)
    assert hex_text.startswith("01000000d08c9ddf0115d1118c7a00c04fc297eb") and "P@ss" not in hex_text
    assert run(ConvertToSecureString, ctx, String=hex_text)[0].reveal() == "P@ss"
    key = list(range(1, 17))
    (keyed,) = run(ConvertFromSecureString, ctx, SecureString=secure, Key=key)
    assert keyed.startswith(_secure.KEY_MARKER)
    assert run(ConvertToSecureString, ctx, String=keyed, Key=key)[0].reveal() == "P@ss"
    assert run(ConvertToSecureString, ctx, String=keyed, Key=list(range(2, 18))) == []
    assert ctx.errors[0].message == "Padding is invalid and cannot be removed."


def test_plain_text_needs_force() -> None:
    record = run_error(ConvertToSecureString, FakeContext(), String="x", AsPlainText=True)
    assert record.message.startswith("The system cannot protect plain text input.")
    assert (
        record.fully_qualified_error_id
        == "ImportSecureString_InvalidArgument,Microsoft.PowerShell.Commands.ConvertToSecureStringCommand"
    )


def test_read_host_interactive_and_noninteractive() -> None:
    ctx = FakeContext(interactive=True)
    ctx.input_lines = ["tony", "secret"]
    assert run(ReadHost, ctx, Prompt="Name") == ["tony"]
    (secure,) = run(ReadHost, ctx, Prompt="PIN", AsSecureString=True)
    assert secure.reveal() == "secret" and ctx.prompts == [("Name: ", False), ("PIN: ", True)]
    record = run_error(ReadHost, FakeContext(), Prompt="x")
    assert (
        record.message
        == "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."
    )


def test_generic_dictionary_is_a_hashtable() -> None:
    (d,) = run(NewObject, FakeContext(), TypeName="System.Collections.Generic.Dictionary[string,string]")
    assert isinstance(d, PSHashtable) and len(d) == 0


def test_get_credential_prompts_when_interactive() -> None:
    ctx = FakeContext(interactive=True)
    ctx.input_lines = ["CONTOSO\\kim", "s3cret"]
    (cred,) = run(GetCredential, ctx, Message="Admin account")
    assert cred.get("UserName") == "CONTOSO\\kim" and cred.get("Password").reveal() == "s3cret"
    assert ctx.prompts == [("User: ", False), ("Password for user CONTOSO\\kim: ", True)]
    assert ctx.host[0][0] == "Admin account"
    ctx.input_lines = ["pw"]
    (named,) = run(GetCredential, ctx, UserName="tony")
    assert named.get("UserName") == "tony"
