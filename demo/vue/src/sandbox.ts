/** The code a sandbox app (`sandbox_magic_code: true`) accepts for any phone. */
export const SANDBOX_CODE = '000000';
