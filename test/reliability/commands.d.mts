export function reliabilityCommands(): unknown;
