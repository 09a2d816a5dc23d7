import type { ErrorObject } from 'ajv';

function field(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return 'マニフェスト';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字列',
  number: '数値',
  integer: '整数',
  boolean: 'true または false',
  array: '配列（- で始まる並び）',
  object: 'オブジェクト（キー: 値 の組）',
};

/**
 * One ajv error → one Japanese sentence naming the field, what is wrong and how to fix it. `value`
 * is the value at the error's place, which says why a number failed a number's type.
 */
export function schemaMessage(error: ErrorObject, path: ReadonlyArray<string | number>, value?: unknown): string {
  if ((error.keyword === 'type' || error.keyword === 'oneOf') && typeof value === 'number' && !Number.isFinite(value)) {
    return `${field(path)} は有限の数値で書いてください（.inf、.nan や 1e309 のように大きすぎる数は使えません）。`;
  }
  return message(error, field(path)).replace(/^マニフェスト /, 'マニフェスト');
}

function message(error: ErrorObject, where: string): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${where} に必須の項目 ${String(p.missingProperty)} がありません。`;
    case 'additionalProperties':
      return `${where} に未知の項目 ${String(p.additionalProperty)} があります。綴りを確かめてください。`;
    case 'type': {
      const types = String(p.type).split(',').map((t) => TYPE_NAMES[t] ?? t);
      return `${where} は${types.join('または')}で書いてください。`;
    }
    case 'enum':
      return `${where} は ${(p.allowedValues as unknown[]).map(String).join('、')} のいずれかを指定してください。`;
    case 'pattern':
      if (String(p.pattern).startsWith('^[0-9]{4}')) {
        return `${where} は日付（YYYY-MM-DD または YYYY-MM、例: "2026-03"）で書いてください。`;
      }
      if (String(p.pattern).includes('md|markdown')) return `${where} は Markdown ファイル（.md）を指定してください。`;
      if (String(p.pattern).startsWith('^[a-z]')) return `${where} は半角英小文字で始まり、英小文字・数字・ハイフンだけの id にしてください。`;
      return `${where} の形式が正しくありません（${String(p.pattern)}）。`;
    case 'minItems':
      return `${where} には ${String(p.limit)} 個以上の要素が必要です。`;
    case 'maxItems':
      return `${where} の要素は ${String(p.limit)} 個までです。`;
    case 'minLength':
      return `${where} が空です。`;
    case 'minimum':
    case 'exclusiveMinimum':
      return `${where} は ${String(p.limit)} ${error.keyword === 'minimum' ? '以上' : 'より大きい値'}にしてください。`;
    case 'maximum':
      return `${where} は ${String(p.limit)} 以下にしてください。`;
    case 'not':
      return `${where} には index、approval、build は使えません（出力ファイルの名前と重なるため）。別の id にしてください。`;
    case 'oneOf':
      return `${where} の書き方が正しくありません。`;
    case 'propertyNames':
      return `${where} のキーは半角英小文字で始まり、英小文字・数字・ハイフンだけにしてください。`;
    default:
      return `${where} が正しくありません（${error.keyword}）。`;
  }
}
