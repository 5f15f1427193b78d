/** Characters a terminal could act on — C0 but newline, DEL, C1, bidi controls, line separators. */
export const UNSAFE_OUTPUT = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
