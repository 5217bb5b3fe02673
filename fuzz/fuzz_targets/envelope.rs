#![no_main]
// The target's reader is `scdesk::fuzz::envelope`; tests/fuzz_corpus.rs replays what is saved.
libfuzzer_sys::fuzz_target!(|data: &[u8]| scdesk::fuzz::envelope(data));
