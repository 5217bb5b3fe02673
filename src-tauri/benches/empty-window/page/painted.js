// Says it has painted, as the app's window does after its first screen (ui/app.js).
requestAnimationFrame(() => requestAnimationFrame(() =>
  window.__TAURI__.core.invoke('first_screen_painted', { screen: 'empty' })));
