"""Member tables Get-Member reports for the .NET types pwshlite emulates (names and 5.1 definitions).

Private helper: (name, member type, definition) rows for instance and static members of the common
types. Types not listed report only System.Object's four methods (the rest of their surface is the
runtime's business, not Get-Member's).
"""

from __future__ import annotations

OBJECT_METHODS = (
    ("Equals", "Method", "bool Equals(System.Object obj)"),
    ("GetHashCode", "Method", "int GetHashCode()"),
    ("GetType", "Method", "type GetType()"),
    ("ToString", "Method", "string ToString()"),
)

_VALUE_CONVERSIONS = tuple(
    (f"To{t}", "Method", f"{r} IConvertible.To{t}(System.IFormatProvider provider)")
    for t, r in (
        ("Boolean", "bool"), ("Byte", "byte"), ("Char", "char"), ("DateTime", "datetime"), ("Decimal", "decimal"),
        ("Double", "double"), ("Int16", "int16"), ("Int32", "int"), ("Int64", "long"), ("SByte", "sbyte"),
        ("Single", "float"), ("UInt16", "uint16"), ("UInt32", "uint32"), ("UInt64", "uint64"),
    )
)  # fmt: skip

STRING = (
    ("Clone", "Method", "System.Object Clone(), System.Object ICloneable.Clone()"),
    ("CompareTo", "Method", "int CompareTo(System.Object value), int CompareTo(string strB)"),
    ("Contains", "Method", "bool Contains(string value)"),
    ("CopyTo", "Method", "void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)"),
    (
        "EndsWith",
        "Method",
        "bool EndsWith(string value), bool EndsWith(string value, System.StringComparison comparisonType)",
    ),
    ("Equals", "Method", "bool Equals(System.Object obj), bool Equals(string value)"),
    ("GetEnumerator", "Method", "System.CharEnumerator GetEnumerator()"),
    ("GetHashCode", "Method", "int GetHashCode()"),
    ("GetType", "Method", "type GetType()"),
    ("GetTypeCode", "Method", "System.TypeCode GetTypeCode(), System.TypeCode IConvertible.GetTypeCode()"),
    (
        "IndexOf",
        "Method",
        "int IndexOf(char value), int IndexOf(char value, int startIndex), int IndexOf(string value)",
    ),
    ("IndexOfAny", "Method", "int IndexOfAny(char[] anyOf), int IndexOfAny(char[] anyOf, int startIndex)"),
    ("Insert", "Method", "string Insert(int startIndex, string value)"),
    (
        "IsNormalized",
        "Method",
        "bool IsNormalized(), bool IsNormalized(System.Text.NormalizationForm normalizationForm)",
    ),
    (
        "LastIndexOf",
        "Method",
        "int LastIndexOf(char value), int LastIndexOf(char value, int startIndex), int LastIndexOf(string value)",
    ),
    (
        "LastIndexOfAny",
        "Method",
        "int LastIndexOfAny(char[] anyOf), int LastIndexOfAny(char[] anyOf, int startIndex)",
    ),
    (
        "Normalize",
        "Method",
        "string Normalize(), string Normalize(System.Text.NormalizationForm normalizationForm)",
    ),
    ("PadLeft", "Method", "string PadLeft(int totalWidth), string PadLeft(int totalWidth, char paddingChar)"),
    (
        "PadRight",
        "Method",
        "string PadRight(int totalWidth), string PadRight(int totalWidth, char paddingChar)",
    ),
    ("Remove", "Method", "string Remove(int startIndex, int count), string Remove(int startIndex)"),
    (
        "Replace",
        "Method",
        "string Replace(char oldChar, char newChar), string Replace(string oldValue, string newValue)",
    ),
    (
        "Split",
        "Method",
        "string[] Split(Params char[] separator), string[] Split(char[] separator, int count)",
    ),
    (
        "StartsWith",
        "Method",
        "bool StartsWith(string value), bool StartsWith(string value, System.StringComparison comparisonType)",
    ),
    ("Substring", "Method", "string Substring(int startIndex), string Substring(int startIndex, int length)"),
    *_VALUE_CONVERSIONS[:3],
    ("ToCharArray", "Method", "char[] ToCharArray(), char[] ToCharArray(int startIndex, int length)"),
    *_VALUE_CONVERSIONS[3:],
    ("ToLower", "Method", "string ToLower(), string ToLower(cultureinfo culture)"),
    ("ToLowerInvariant", "Method", "string ToLowerInvariant()"),
    ("ToString", "Method", "string ToString(), string ToString(System.IFormatProvider provider)"),
    (
        "ToType",
        "Method",
        "System.Object IConvertible.ToType(type conversionType, System.IFormatProvider provider)",
    ),
    ("ToUpper", "Method", "string ToUpper(), string ToUpper(cultureinfo culture)"),
    ("ToUpperInvariant", "Method", "string ToUpperInvariant()"),
    ("Trim", "Method", "string Trim(Params char[] trimChars), string Trim()"),
    ("TrimEnd", "Method", "string TrimEnd(Params char[] trimChars)"),
    ("TrimStart", "Method", "string TrimStart(Params char[] trimChars)"),
    ("Chars", "ParameterizedProperty", "char Chars(int index) {get;}"),
    ("Length", "Property", "int Length {get;}"),
)

INT32 = (
    ("CompareTo", "Method", "int CompareTo(System.Object value), int CompareTo(int value)"),
    ("Equals", "Method", "bool Equals(System.Object obj), bool Equals(int obj)"),
    ("GetHashCode", "Method", "int GetHashCode()"),
    ("GetType", "Method", "type GetType()"),
    ("GetTypeCode", "Method", "System.TypeCode GetTypeCode(), System.TypeCode IConvertible.GetTypeCode()"),
    *_VALUE_CONVERSIONS,
    (
        "ToString",
        "Method",
        "string ToString(), string ToString(string format), string ToString(System.IFormatProvider provider)",
    ),
    (
        "ToType",
        "Method",
        "System.Object IConvertible.ToType(type conversionType, System.IFormatProvider provider)",
    ),
)

DATETIME = tuple(
    (n, "Method", d)
    for n, d in (
        ("Add", "datetime Add(timespan value)"), ("AddDays", "datetime AddDays(double value)"),
        ("AddHours", "datetime AddHours(double value)"), ("AddMilliseconds", "datetime AddMilliseconds(double value)"),
        ("AddMinutes", "datetime AddMinutes(double value)"), ("AddMonths", "datetime AddMonths(int months)"),
        ("AddSeconds", "datetime AddSeconds(double value)"), ("AddTicks", "datetime AddTicks(long value)"),
        ("AddYears", "datetime AddYears(int value)"), ("CompareTo", "int CompareTo(System.Object value), int CompareTo(datetime value)"),
        ("Equals", "bool Equals(datetime value), bool Equals(System.Object value)"), ("GetHashCode", "int GetHashCode()"),
        ("GetType", "type GetType()"), ("IsDaylightSavingTime", "bool IsDaylightSavingTime()"),
        ("Subtract", "timespan Subtract(datetime value), datetime Subtract(timespan value)"),
        ("ToFileTime", "long ToFileTime()"), ("ToLocalTime", "datetime ToLocalTime()"),
        ("ToLongDateString", "string ToLongDateString()"), ("ToLongTimeString", "string ToLongTimeString()"),
        ("ToShortDateString", "string ToShortDateString()"), ("ToShortTimeString", "string ToShortTimeString()"),
        ("ToString", "string ToString(), string ToString(string format), string ToString(System.IFormatProvider provider)"),
        ("ToUniversalTime", "datetime ToUniversalTime()"),
    )
) + tuple(
    (n, "Property", f"{t} {n} {{get;}}")
    for n, t in (
        ("Date", "datetime"), ("Day", "int"), ("DayOfWeek", "System.DayOfWeek"), ("DayOfYear", "int"), ("Hour", "int"),
        ("Kind", "System.DateTimeKind"), ("Millisecond", "int"), ("Minute", "int"), ("Month", "int"), ("Second", "int"),
        ("Ticks", "long"), ("TimeOfDay", "timespan"), ("Year", "int"),
    )
)  # fmt: skip

ARRAY = (
    ("Add", "Method", "int IList.Add(System.Object value)"),
    ("Clear", "Method", "void IList.Clear()"),
    ("Clone", "Method", "System.Object Clone(), System.Object ICloneable.Clone()"),
    ("Contains", "Method", "bool IList.Contains(System.Object value)"),
    ("CopyTo", "Method", "void CopyTo(array array, int index)"),
    ("Equals", "Method", "bool Equals(System.Object obj)"),
    ("Get", "Method", "System.Object Get(int )"),
    ("GetEnumerator", "Method", "System.Collections.IEnumerator GetEnumerator()"),
    ("GetHashCode", "Method", "int GetHashCode()"),
    ("GetType", "Method", "type GetType()"),
    ("IndexOf", "Method", "int IList.IndexOf(System.Object value)"),
    ("Set", "Method", "void Set(int , System.Object )"),
    ("ToString", "Method", "string ToString()"),
    ("Count", "AliasProperty", "Count = Length"),
    ("IsFixedSize", "Property", "bool IsFixedSize {get;}"),
    ("Length", "Property", "int Length {get;}"),
    ("Rank", "Property", "int Rank {get;}"),
)

HASHTABLE = (
    (
        "Add",
        "Method",
        "void Add(System.Object key, System.Object value), void IDictionary.Add(System.Object key, System.Object value)",
    ),
    ("Clear", "Method", "void Clear(), void IDictionary.Clear()"),
    ("Clone", "Method", "System.Object Clone(), System.Object ICloneable.Clone()"),
    ("Contains", "Method", "bool Contains(System.Object key), bool IDictionary.Contains(System.Object key)"),
    ("ContainsKey", "Method", "bool ContainsKey(System.Object key)"),
    ("ContainsValue", "Method", "bool ContainsValue(System.Object value)"),
    ("Equals", "Method", "bool Equals(System.Object obj)"),
    ("GetEnumerator", "Method", "System.Collections.IDictionaryEnumerator GetEnumerator()"),
    ("GetHashCode", "Method", "int GetHashCode()"),
    ("GetType", "Method", "type GetType()"),
    ("Remove", "Method", "void Remove(System.Object key), void IDictionary.Remove(System.Object key)"),
    ("ToString", "Method", "string ToString()"),
    ("Item", "ParameterizedProperty", "System.Object Item(System.Object key) {get;set;}"),
    ("Count", "Property", "int Count {get;}"),
    ("IsFixedSize", "Property", "bool IsFixedSize {get;}"),
    ("IsReadOnly", "Property", "bool IsReadOnly {get;}"),
    ("Keys", "Property", "System.Collections.ICollection Keys {get;}"),
    ("Values", "Property", "System.Collections.ICollection Values {get;}"),
)

FILEINFO = (
    (
        "CopyTo",
        "Method",
        "System.IO.FileInfo CopyTo(string destFileName), System.IO.FileInfo CopyTo(string destFileName, bool overwrite)",
    ),
    ("Delete", "Method", "void Delete()"),
    *OBJECT_METHODS[:3],
    ("MoveTo", "Method", "void MoveTo(string destFileName)"),
    ("Refresh", "Method", "void Refresh()"),
    OBJECT_METHODS[3],
)

DIRECTORYINFO = (
    ("CreateSubdirectory", "Method", "System.IO.DirectoryInfo CreateSubdirectory(string path)"),
    ("Delete", "Method", "void Delete(), void Delete(bool recursive)"),
    OBJECT_METHODS[0],
    (
        "GetDirectories",
        "Method",
        "System.IO.DirectoryInfo[] GetDirectories(), System.IO.DirectoryInfo[] GetDirectories(string searchPattern)",
    ),
    (
        "GetFiles",
        "Method",
        "System.IO.FileInfo[] GetFiles(), System.IO.FileInfo[] GetFiles(string searchPattern)",
    ),
    *OBJECT_METHODS[1:3],
    ("MoveTo", "Method", "void MoveTo(string destDirName)"),
    ("Refresh", "Method", "void Refresh()"),
    OBJECT_METHODS[3],
)

INSTANCE: dict[str, tuple[tuple[str, str, str], ...]] = {
    "System.IO.FileInfo": FILEINFO,
    "System.IO.DirectoryInfo": DIRECTORYINFO,
    "System.String": STRING,
    "System.Int32": INT32,
    "System.Int64": tuple(
        (n, k, d.replace("int value", "long value").replace("int obj", "long obj")) for n, k, d in INT32
    ),
    "System.DateTime": DATETIME,
    "System.Object[]": ARRAY,
    "System.Collections.Hashtable": HASHTABLE,
}

STATIC: dict[str, tuple[tuple[str, str, str], ...]] = {
    "System.String": (
        (
            "Compare",
            "Method",
            "static int Compare(string strA, string strB), static int Compare(string strA, string strB, bool ignoreCase)",
        ),
        (
            "Concat",
            "Method",
            "static string Concat(System.Object arg0), static string Concat(Params string[] values)",
        ),
        ("Copy", "Method", "static string Copy(string str)"),
        (
            "Equals",
            "Method",
            "static bool Equals(System.Object objA, System.Object objB), static bool Equals(string a, string b)",
        ),
        (
            "Format",
            "Method",
            "static string Format(string format, System.Object arg0), static string Format(string format, Params System.Object[] args)",
        ),
        ("IsNullOrEmpty", "Method", "static bool IsNullOrEmpty(string value)"),
        ("IsNullOrWhiteSpace", "Method", "static bool IsNullOrWhiteSpace(string value)"),
        (
            "Join",
            "Method",
            "static string Join(string separator, Params string[] value), static string Join(string separator, Params System.Object[] values)",
        ),
        ("new", "Method", "string new(char value, int repeatCount), string new(char[] value)"),
        ("ReferenceEquals", "Method", "static bool ReferenceEquals(System.Object objA, System.Object objB)"),
        ("Empty", "Property", "static string Empty {get;}"),
    ),
    "System.DateTime": (
        ("DaysInMonth", "Method", "static int DaysInMonth(int year, int month)"),
        (
            "Equals",
            "Method",
            "static bool Equals(datetime t1, datetime t2), static bool Equals(System.Object objA, System.Object objB)",
        ),
        ("IsLeapYear", "Method", "static bool IsLeapYear(int year)"),
        (
            "Parse",
            "Method",
            "static datetime Parse(string s), static datetime Parse(string s, System.IFormatProvider provider)",
        ),
        (
            "ParseExact",
            "Method",
            "static datetime ParseExact(string s, string format, System.IFormatProvider provider)",
        ),
        ("ReferenceEquals", "Method", "static bool ReferenceEquals(System.Object objA, System.Object objB)"),
        ("MaxValue", "Property", "static datetime MaxValue {get;}"),
        ("MinValue", "Property", "static datetime MinValue {get;}"),
        ("Now", "Property", "datetime Now {get;}"),
        ("Today", "Property", "datetime Today {get;}"),
        ("UtcNow", "Property", "datetime UtcNow {get;}"),
    ),
}

STATIC_DEFAULT = (
    ("Equals", "Method", "static bool Equals(System.Object objA, System.Object objB)"),
    ("ReferenceEquals", "Method", "static bool ReferenceEquals(System.Object objA, System.Object objB)"),
)

SHORT_NAMES = {
    "System.Int32": "int", "System.Int64": "long", "System.String": "string", "System.Boolean": "bool",
    "System.Double": "double", "System.Decimal": "decimal", "System.Char": "char", "System.Byte": "byte",
    "System.Single": "float", "System.DateTime": "datetime", "System.TimeSpan": "timespan",
    "System.Collections.Hashtable": "hashtable", "System.Guid": "guid", "System.Object[]": "Object[]",
    "System.Management.Automation.ScriptBlock": "scriptblock", "System.Security.SecureString": "securestring",
    "System.Management.Automation.SwitchParameter": "switch", "System.Object": "System.Object",
}  # fmt: skip
