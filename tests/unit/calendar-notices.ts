// Spring Festival and National Day as the State Council's yearly notices (国务院办公厅关于…部分节假日安排的通知) state them:
// the days off and the weekend days worked instead (调休上班). Transcribed from the notices, not from the library,
// so the tests compare the shipped data with the notices. 2020's Spring Festival is as extended by 国办发明电〔2020〕1号.

export type FestivalNotice = { off: [string, string]; adjusted: string[] };
export type YearNotice = { year: number; springFestival: FestivalNotice; nationalDay: FestivalNotice };

const festival = (first: string, last: string, ...adjusted: string[]): FestivalNotice => ({ off: [first, last], adjusted });

export const NOTICES: YearNotice[] = [
  [2004, festival("01-22", "01-28", "01-17", "01-18"), festival("10-01", "10-07", "10-09", "10-10")],
  [2005, festival("02-09", "02-15", "02-05", "02-06"), festival("10-01", "10-07", "10-08", "10-09")],
  [2006, festival("01-29", "02-04", "01-28", "02-05"), festival("10-01", "10-07", "09-30", "10-08")],
  [2007, festival("02-18", "02-24", "02-17", "02-25"), festival("10-01", "10-07", "09-29", "09-30")],
  [2008, festival("02-06", "02-12", "02-02", "02-03"), festival("09-29", "10-05", "09-27", "09-28")],
  [2009, festival("01-25", "01-31", "01-24", "02-01"), festival("10-01", "10-08", "09-27", "10-10")],
  [2010, festival("02-13", "02-19", "02-20", "02-21"), festival("10-01", "10-07", "09-26", "10-09")],
  [2011, festival("02-02", "02-08", "01-30", "02-12"), festival("10-01", "10-07", "10-08", "10-09")],
  [2012, festival("01-22", "01-28", "01-21", "01-29"), festival("09-30", "10-07", "09-29")],
  [2013, festival("02-09", "02-15", "02-16", "02-17"), festival("10-01", "10-07", "09-29", "10-12")],
  [2014, festival("01-31", "02-06", "01-26", "02-08"), festival("10-01", "10-07", "09-28", "10-11")],
  [2015, festival("02-18", "02-24", "02-15", "02-28"), festival("10-01", "10-07", "10-10")],
  [2016, festival("02-07", "02-13", "02-06", "02-14"), festival("10-01", "10-07", "10-08", "10-09")],
  [2017, festival("01-27", "02-02", "01-22", "02-04"), festival("10-01", "10-08", "09-30")],
  [2018, festival("02-15", "02-21", "02-11", "02-24"), festival("10-01", "10-07", "09-29", "09-30")],
  [2019, festival("02-04", "02-10", "02-02", "02-03"), festival("10-01", "10-07", "09-29", "10-12")],
  [2020, festival("01-24", "02-02", "01-19"), festival("10-01", "10-08", "09-27", "10-10")],
  [2021, festival("02-11", "02-17", "02-07", "02-20"), festival("10-01", "10-07", "09-26", "10-09")],
  [2022, festival("01-31", "02-06", "01-29", "01-30"), festival("10-01", "10-07", "10-08", "10-09")],
  [2023, festival("01-21", "01-27", "01-28", "01-29"), festival("09-29", "10-06", "10-07", "10-08")],
  [2024, festival("02-10", "02-17", "02-04", "02-18"), festival("10-01", "10-07", "09-29", "10-12")],
  [2025, festival("01-28", "02-04", "01-26", "02-08"), festival("10-01", "10-08", "09-28", "10-11")],
  [2026, festival("02-15", "02-23", "02-14", "02-28"), festival("10-01", "10-07", "09-20", "10-10")],
].map(([year, springFestival, nationalDay]) => {
  const dated = (notice: FestivalNotice): FestivalNotice => ({
    off: [`${year}-${notice.off[0]}`, `${year}-${notice.off[1]}`],
    adjusted: notice.adjusted.map((day) => `${year}-${day}`),
  });
  return { year: year as number, springFestival: dated(springFestival as FestivalNotice), nationalDay: dated(nationalDay as FestivalNotice) };
});

/** Real publicity periods, counted by hand from the notices: start, working days, last day. */
export const PUBLICITY_EXAMPLES: [string, number, string][] = [
  ["2024-09-30", 5, "2024-10-11"],
  ["2024-02-08", 5, "2024-02-20"],
  ["2024-10-12", 5, "2024-10-17"],
  ["2026-09-30", 5, "2026-10-12"],
  ["2023-09-28", 5, "2023-10-10"],
  ["2020-01-23", 5, "2020-02-06"],
  ["2025-01-25", 5, "2025-02-07"],
  ["2019-10-01", 7, "2019-10-15"],
  ["2012-09-29", 5, "2012-10-11"],
  ["2008-09-27", 5, "2008-10-08"],
];
