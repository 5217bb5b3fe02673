// What the screens share: the tab shown, the next meeting, the tab waiting to open.

export const state = { currentTab: 'dashboard', nextMeeting: null, pendingTab: null };
