"""Golden test of Invoke-Pester -OutputFile in Pester 4's NUnit 2.5 layout (Functions/TestResults.ps1).

The date/time come from PWSHLITE_NOW, durations are 0 with PWSHLITE_PESTER_FIXED_TIME=1; the
host-specific <environment> attributes are checked for presence and then blanked.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.conftest import base_env, run_cli

TESTS = """\
Describe 'PIN policy' {
    It 'accepts <Pin>' -TestCases @{ Pin = '7391846' }, @{ Pin = '8402957' } { param($Pin) $Pin.Length | Should -BeGreaterOrEqual 6 }
    It 'fails on purpose' { 'a' | Should -Be 'b' }
    Context 'later' {
        It 'is skipped' -Skip { }
        It 'is pending' -Pending { }
        It 'passes' { $true | Should -BeTrue }
    }
}
"""

EXPECTED = """\
<?xml version="1.0" encoding="utf-8" standalone="no"?>
<test-results xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="nunit_schema_2.5.xsd" name="Pester" total="5" errors="0" failures="1" not-run="0" inconclusive="1" ignored="1" skipped="0" invalid="0" date="2026-03-04" time="05:06:07">
  <environment nunit-version="2.5.8.0" clr-version="Unknown" os-version="6.18.44-fc-v509" platform="Linux" cwd="<DIR>" machine-name="vm" user="root" user-domain="" />
  <culture-info current-culture="en-US" current-uiculture="en-US" />
  <test-suite type="TestFixture" name="Pester" executed="True" result="Failure" success="False" time="0" asserts="0" description="Pester">
    <results>
      <test-suite type="TestFixture" name="<DIR>/UM.Tests.ps1" executed="True" result="Failure" success="False" time="0" asserts="0" description="<DIR>/UM.Tests.ps1">
        <results>
          <test-suite type="TestFixture" name="PIN policy" executed="True" result="Failure" success="False" time="0" asserts="0" description="PIN policy">
            <results>
              <test-suite type="TestFixture" name="later" executed="True" result="Ignored" success="True" time="0" asserts="0" description="later">
                <results>
                  <test-case description="is skipped" name="PIN policy.later.is skipped" time="0" asserts="0" success="False" result="Ignored" executed="False" />
                  <test-case description="is pending" name="PIN policy.later.is pending" time="0" asserts="0" success="False" result="Inconclusive" executed="True" />
                  <test-case description="passes" name="PIN policy.later.passes" time="0" asserts="0" success="True" result="Success" executed="True" />
                </results>
              </test-suite>
              <test-suite type="ParameterizedTest" name="PIN policy.accepts &lt;Pin&gt;" executed="True" result="Success" success="True" time="0" asserts="0" description="accepts &lt;Pin&gt;">
                <results>
                  <test-case description="accepts 7391846" name="PIN policy.accepts 7391846" time="0" asserts="0" success="True" result="Success" executed="True" />
                  <test-case description="accepts 8402957" name="PIN policy.accepts 8402957" time="0" asserts="0" success="True" result="Success" executed="True" />
                </results>
              </test-suite>
              <test-case description="fails on purpose" name="PIN policy.fails on purpose" time="0" asserts="0" success="False" result="Failure" executed="True">
                <failure>
                  <message>Expected strings to be the same, but they were different.
String lengths are both 1.
Strings differ at index 0.
Expected: 'b'
But was:  'a'
-----------^</message>
                  <stack-trace>at &lt;ScriptBlock&gt;, <DIR>/UM.Tests.ps1: line 3
3:     It 'fails on purpose' { 'a' | Should -Be 'b' }</stack-trace>
                </failure>
              </test-case>
            </results>
          </test-suite>
        </results>
      </test-suite>
    </results>
  </test-suite>
</test-results>
"""


def test_nunit_report(tmp_path: Path) -> None:
    (tmp_path / "UM.Tests.ps1").write_text(TESTS, encoding="utf-8")
    env = base_env(tmp_path)
    env.update(PWSHLITE_PESTER_FIXED_TIME="1", PWSHLITE_NOW="2026-03-04T05:06:07")
    script = "Invoke-Pester -Path ./UM.Tests.ps1 -OutputFile ./out.xml -OutputFormat NUnitXml -Show None"
    result = run_cli(["-NoProfile", "-NonInteractive", "-Command", script], tmp_path, env)
    assert result.stderr == ""
    text = (tmp_path / "out.xml").read_text(encoding="utf-8")
    environment = ET.fromstring(text.split("\n", 1)[1]).find("environment")
    assert environment is not None
    assert list(environment.attrib) == [
        "nunit-version", "clr-version", "os-version", "platform", "cwd", "machine-name", "user", "user-domain",
    ]  # fmt: skip
    assert environment.attrib["nunit-version"] == "2.5.8.0"
    assert environment.attrib["cwd"] == str(tmp_path)
    text = re.sub(r"<environment [^>]*/>", "<environment />", text.replace(str(tmp_path), "<DIR>"))
    assert text == EXPECTED
