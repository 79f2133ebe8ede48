export function renderUserGuide(markdown: string): string;
export function buildUserGuide(): Promise<void>;
