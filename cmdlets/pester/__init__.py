"""Pester: a Pester 4-compatible test runner (Describe, Context, It, Should, Mock, Invoke-Pester).

Layer: cmdlets (imports pwshlite.cmdlet, objects, errors and values only). The DSL commands are
`keyword` cmdlets (no verb, as Pester's functions); they drive the engine through the Context's
test-runner hooks (invoke_guarded, child_scope, command_overrides, drive_roots, swap_resources).
See docs/pester.md.
"""
