"""Members of arrays, ArrayList, List[T] and Hashtable / OrderedDictionary.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library).
object[] and T[] are fixed-size (Add/Remove fail with "Collection was of a fixed size.", as in 5.1);
ArrayList.Add returns the new index; List[T] converts items to T; Hashtable.Add rejects duplicates.

Public API:
    ARRAY_METHODS, ARRAYLIST_METHODS, LIST_METHODS, HASHTABLE_METHODS: MethodTable
    list_methods_for(value: list) -> MethodTable
    dictionary_entry(key, value) -> PSObject          System.Collections.DictionaryEntry (Name/Key/Value)
"""

from __future__ import annotations

import functools
from typing import Any

from pwshlite.objects import PSHashtable, PSObject

from .compare import compare, equals
from .convert import convert_to
from .mcore import DotNetError, MethodTable, as_list, out_of_range, to_int_arg
from .types import ArrayList, GenericHashSet, GenericList, TypedArray

ARRAY_METHODS = MethodTable("System.Object[]")
ARRAYLIST_METHODS = MethodTable("System.Collections.ArrayList")
LIST_METHODS = MethodTable("System.Collections.Generic.List`1")
HASHTABLE_METHODS = MethodTable("System.Collections.Hashtable")

_FIXED = "Collection was of a fixed size."
_INDEX = "Index was out of range. Must be non-negative and less than the size of the collection."


def _fixed_size(values: list[Any], args: list[Any]) -> Any:
    raise DotNetError("NotSupportedException", _FIXED)


def _index_of(values: list[Any], args: list[Any]) -> int:
    target = args[0]
    start = to_int_arg(args[1]) if len(args) > 1 else 0
    for i in range(start, len(values)):
        if _same(values[i], target):
            return i
    return -1


def _same(item: Any, target: Any) -> bool:
    """Object.Equals as collections use it: strings compare case-sensitively, numbers by value."""
    if isinstance(item, str) and isinstance(target, str):
        return str(item) == str(target)
    if type(item) is type(target) or (isinstance(item, int | float) and isinstance(target, int | float)):
        return bool(item == target) if not isinstance(item, list | PSObject | PSHashtable) else item is target
    return False


def _check_index(values: list[Any], index: int, allow_end: bool = False) -> None:
    limit = len(values) + (1 if allow_end else 0)
    if not 0 <= index < limit:
        raise out_of_range("index", _INDEX)


def _sort(values: list[Any], args: list[Any]) -> None:
    values.sort(key=functools.cmp_to_key(lambda a, b: compare(a, b, True)))


def _copy_like(values: list[Any], items: list[Any]) -> list[Any]:
    if isinstance(values, TypedArray):
        return TypedArray(items, values.element)
    return list(items)


def _get_value(values: list[Any], args: list[Any]) -> Any:
    index = to_int_arg(args[0])
    if not 0 <= index < len(values):
        raise DotNetError("IndexOutOfRangeException", "Index was outside the bounds of the array.")
    return values[index]


def _set_value(values: list[Any], args: list[Any]) -> None:
    index = to_int_arg(args[1])
    if not 0 <= index < len(values):
        raise DotNetError("IndexOutOfRangeException", "Index was outside the bounds of the array.")
    values[index] = args[0]


for _name in ("Add", "Remove", "RemoveAt", "Insert", "Clear", "AddRange"):
    ARRAY_METHODS.add(_name, None, _fixed_size)
ARRAY_METHODS.add("Contains", (1,), lambda v, a: any(_same(x, a[0]) for x in v))
ARRAY_METHODS.add("IndexOf", (1, 2), _index_of)
ARRAY_METHODS.add("Clone", (0,), lambda v, a: _copy_like(v, v))
ARRAY_METHODS.add("GetValue", (1,), _get_value)
ARRAY_METHODS.add("SetValue", (2,), _set_value)
ARRAY_METHODS.add("GetLength", (1,), lambda v, a: len(v))
ARRAY_METHODS.add("GetUpperBound", (1,), lambda v, a: len(v) - 1)
ARRAY_METHODS.add("GetLowerBound", (1,), lambda v, a: 0)
ARRAY_METHODS.add(
    "CopyTo", (2,), lambda v, a: a[0].__setitem__(slice(to_int_arg(a[1]), to_int_arg(a[1]) + len(v)), v)
)


# -- ArrayList ---------------------------------------------------------------------------------------------


def _add(values: list[Any], args: list[Any]) -> int:
    values.append(args[0])
    return len(values) - 1


def _remove(values: list[Any], args: list[Any]) -> None:
    index = _index_of(values, args[:1])
    if index >= 0:
        del values[index]


def _remove_at(values: list[Any], args: list[Any]) -> None:
    index = to_int_arg(args[0])
    _check_index(values, index)
    del values[index]


def _insert(values: list[Any], args: list[Any]) -> None:
    index = to_int_arg(args[0])
    _check_index(values, index, allow_end=True)
    values.insert(index, args[1])


def _get_range(values: list[Any], args: list[Any]) -> list[Any]:
    start, count = to_int_arg(args[0]), to_int_arg(args[1])
    if start < 0 or count < 0 or start + count > len(values):
        raise DotNetError(
            "ArgumentException",
            "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.",
        )
    return (
        type(values)(values[start : start + count])
        if isinstance(values, ArrayList)
        else list(values[start : start + count])
    )


def _remove_range(values: list[Any], args: list[Any]) -> None:
    start, count = to_int_arg(args[0]), to_int_arg(args[1])
    if start < 0 or count < 0 or start + count > len(values):
        raise DotNetError(
            "ArgumentException",
            "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.",
        )
    del values[start : start + count]


def _common_list(table: MethodTable) -> None:
    table.add("AddRange", (1,), lambda v, a: v.extend(as_list(a[0])) and None)
    table.add("RemoveAt", (1,), _remove_at)
    table.add("RemoveRange", (2,), _remove_range)
    table.add("Insert", (2,), _insert)
    table.add(
        "InsertRange",
        (2,),
        lambda v, a: v.__setitem__(slice(to_int_arg(a[0]), to_int_arg(a[0])), as_list(a[1])),
    )
    table.add("Clear", (0,), lambda v, a: v.clear())
    table.add("Contains", (1,), lambda v, a: any(_same(x, a[0]) for x in v))
    table.add("IndexOf", (1, 2), _index_of)
    table.add(
        "LastIndexOf", (1,), lambda v, a: max((i for i, x in enumerate(v) if _same(x, a[0])), default=-1)
    )
    table.add(
        "ToArray", (0,), lambda v, a: TypedArray(v, v.element) if isinstance(v, GenericList) else list(v)
    )
    table.add("Sort", (0,), _sort)
    table.add("Reverse", (0,), lambda v, a: v.reverse())
    table.add("GetRange", (2,), _get_range)
    table.add(
        "Clone", (0,), lambda v, a: type(v)(v) if isinstance(v, ArrayList) else GenericList(v, v.element)
    )


_common_list(ARRAYLIST_METHODS)
ARRAYLIST_METHODS.add("Add", (1,), _add)
ARRAYLIST_METHODS.add("Remove", (1,), _remove)


def _list_add(values: GenericList, args: list[Any]) -> None:
    values.append(convert_to(args[0], values.element))


def _list_remove(values: GenericList, args: list[Any]) -> bool:
    index = _index_of(values, [convert_to(args[0], values.element)])
    if index < 0:
        return False
    del values[index]
    return True


_common_list(LIST_METHODS)
LIST_METHODS.add("Add", (1,), _list_add)
LIST_METHODS.add("Remove", (1,), _list_remove)
LIST_METHODS.add(
    "AddRange", (1,), lambda v, a: v.extend(convert_to(x, v.element) for x in as_list(a[0])) and None
)


HASHSET_METHODS = MethodTable("System.Collections.Generic.HashSet`1")


def _set_add(values: GenericHashSet, args: list[Any]) -> bool:
    item = convert_to(args[0], values.element)
    if any(_same(x, item) for x in values):
        return False
    values.append(item)
    return True


def _set_remove(values: GenericHashSet, args: list[Any]) -> bool:
    index = _index_of(values, [convert_to(args[0], values.element)])
    if index < 0:
        return False
    del values[index]
    return True


def _set_combine(keep: str) -> Any:
    def call(values: GenericHashSet, args: list[Any]) -> None:
        other = [convert_to(x, values.element) for x in as_list(args[0])]
        if keep == "union":
            values.extend(x for x in other if not any(_same(x, v) for v in values))
            return
        inside = [v for v in values if any(_same(v, x) for x in other)]
        result = inside if keep == "intersect" else [v for v in values if v not in inside]
        values[:] = result

    return call


HASHSET_METHODS.add("Add", (1,), _set_add)
HASHSET_METHODS.add("Remove", (1,), _set_remove)
HASHSET_METHODS.add("Contains", (1,), lambda v, a: any(_same(x, convert_to(a[0], v.element)) for x in v))
HASHSET_METHODS.add("Clear", (0,), lambda v, a: v.clear())
HASHSET_METHODS.add("UnionWith", (1,), _set_combine("union"))
HASHSET_METHODS.add("IntersectWith", (1,), _set_combine("intersect"))
HASHSET_METHODS.add("ExceptWith", (1,), _set_combine("except"))


def list_methods_for(value: list[Any]) -> MethodTable:
    if isinstance(value, GenericHashSet):
        return HASHSET_METHODS
    if isinstance(value, ArrayList):
        return ARRAYLIST_METHODS
    if isinstance(value, GenericList):
        return LIST_METHODS
    return ARRAY_METHODS


# -- Hashtable ---------------------------------------------------------------------------------------------


def dictionary_entry(key: Any, value: Any) -> PSObject:
    """A DictionaryEntry as PowerShell shows it (Name is an alias of Key)."""
    return PSObject(
        [("Name", key), ("Key", key), ("Value", value)],
        type_names=("System.Collections.DictionaryEntry", "System.ValueType", "System.Object"),
    )


def _ht_add(table: PSHashtable, args: list[Any]) -> None:
    key = args[0]
    if key is None:
        raise DotNetError("ArgumentNullException", "Key cannot be null.\nParameter name: key")
    if key in table:
        existing = next(k for k in table.keys() if equals(k, key))
        raise DotNetError(
            "ArgumentException",
            f"Item has already been added. Key in dictionary: '{existing}'  Key being added: '{key}'",
        )
    table[key] = args[1]


HASHTABLE_METHODS.add("Add", (2,), _ht_add)
HASHTABLE_METHODS.add("Remove", (1,), lambda t, a: t.__delitem__(a[0]))
HASHTABLE_METHODS.add("ContainsKey", (1,), lambda t, a: a[0] in t)
HASHTABLE_METHODS.add("Contains", (1,), lambda t, a: a[0] in t)
HASHTABLE_METHODS.add("ContainsValue", (1,), lambda t, a: any(_same(v, a[0]) for v in t.values()))
HASHTABLE_METHODS.add("Clear", (0,), lambda t, a: [t.__delitem__(k) for k in t.keys()] and None)
HASHTABLE_METHODS.add("Clone", (0,), lambda t, a: t.copy())
HASHTABLE_METHODS.add("GetEnumerator", (0,), lambda t, a: [dictionary_entry(k, v) for k, v in t.items()])
HASHTABLE_METHODS.add("get_Item", (1,), lambda t, a: t[a[0]])
HASHTABLE_METHODS.add("set_Item", (2,), lambda t, a: t.__setitem__(a[0], a[1]))
HASHTABLE_METHODS.add("Insert", (3,), lambda t, a: _ordered_insert(t, a))


def _ordered_insert(table: PSHashtable, args: list[Any]) -> None:
    """OrderedDictionary.Insert(index, key, value)."""
    if not table.ordered:
        raise DotNetError("MethodNotFound", "Insert")
    items = table.items()
    index = to_int_arg(args[0])
    if not 0 <= index <= len(items):
        raise out_of_range("index", _INDEX)
    if args[1] in table:
        raise DotNetError("ArgumentException", "An item with the same key has already been added.")
    items.insert(index, (args[1], args[2]))
    for key in table.keys():
        del table[key]
    for key, value in items:
        table[key] = value
