// A count out of a total, with its share rounded to a tenth of a percent.
export interface Share {
  count: number;
  of: number;
  share: number;
}

export const share = (count: number, of: number): Share => ({ count, of, share: of ? Math.round((count / of) * 1000) / 1000 : 0 });
