// The one way the window talks to the app: a command and its JSON answer.

export const invoke = (cmd, args) => window.__TAURI__.core.invoke(cmd, args);
