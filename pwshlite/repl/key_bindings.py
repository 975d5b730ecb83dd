"""Key bindings of the interactive shell: PSReadLine's common keys on top of prompt_toolkit's Emacs mode."""

from __future__ import annotations

from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent

from pwshlite.repl.validator import needs_continuation


def make_key_bindings() -> KeyBindings:
    """Enter accepts or continues; Ctrl+C clears the line; Ctrl+Left/Right move by word; Tab/Shift+Tab
    cycle completions; Ctrl+Space shows the menu."""
    kb = KeyBindings()

    @kb.add("enter")
    def _enter(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        if needs_continuation(buffer.text):
            buffer.insert_text("\n")
        else:
            buffer.validate_and_handle()

    @kb.add("c-c")
    def _clear(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        if buffer.text:
            buffer.reset()
        else:
            event.app.exit(exception=KeyboardInterrupt)

    @kb.add("c-left")
    def _word_left(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        buffer.cursor_position += buffer.document.find_previous_word_beginning() or 0

    @kb.add("c-right")
    def _word_right(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        buffer.cursor_position += buffer.document.find_next_word_ending() or 0

    @kb.add("tab")
    def _tab_next(event: KeyPressEvent) -> None:
        """PSReadLine's Windows-mode TabCompleteNext: insert the first candidate, Tab again cycles."""
        buffer = event.current_buffer
        if buffer.complete_state:
            buffer.complete_next()
        else:
            buffer.start_completion(select_first=True)

    @kb.add("s-tab")
    def _tab_previous(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        if buffer.complete_state:
            buffer.complete_previous()
        else:
            buffer.start_completion(select_last=True)

    @kb.add("c-space")
    def _menu(event: KeyPressEvent) -> None:
        event.current_buffer.start_completion(select_first=False)

    return kb
