/** ECharts ships its locales as UMD files without types; this one is the Swedish locale object. */
declare module 'echarts/i18n/langSV-obj.js' {
  const locale: Readonly<Record<string, unknown>>;
  export = locale;
}
