/** The tool was used wrongly (unknown option, missing folder): exit code 2, message in Japanese. */
export class UsageError extends Error {}
