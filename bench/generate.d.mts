export function ordinaryRoadmap(bytes: number, seed?: number): string;
export function repeated(unit: string, bytes: number): string;
export function copyOf(text: string, index: number): string;
