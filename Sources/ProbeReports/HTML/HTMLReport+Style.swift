extension HTMLReport {
    /// System fonts only (nothing fetched); CJK faces listed so Chinese answers pick a real font.
    static let style = """

        :root { --fg: #1d1d1f; --muted: #5f6368; --line: #e3e3e8; --card: #f6f7f9; --accent: #4477AA; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--fg); background: #fff;
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial,
            "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif; }
        main { max-width: 1120px; margin: 0 auto; padding: 36px 32px 64px; }
        h1 { font-size: 30px; line-height: 1.2; margin: 0 0 6px; letter-spacing: -0.015em; }
        h2 { font-size: 21px; margin: 44px 0 6px; padding-top: 18px; border-top: 1px solid var(--line); }
        h3 { font-size: 16px; margin: 26px 0 6px; }
        .subtitle { color: var(--muted); margin: 0 0 12px; }
        .toc { display: flex; flex-wrap: wrap; gap: 6px; margin: 14px 0 0; }
        .toc a { font-size: 13px; color: var(--accent); text-decoration: none; padding: 3px 10px;
          border: 1px solid var(--line); border-radius: 14px; }
        p.note { color: var(--muted); font-size: 13.5px; max-width: 84ch; margin: 4px 0 14px; }
        svg.chart { width: 100%; height: auto; display: block; margin: 6px 0 4px; }
        svg .grid { stroke: #e6e6ea; stroke-width: 1; }
        svg .tick { fill: var(--muted); font-size: 12px; }
        svg .name { fill: var(--fg); font-size: 13.5px; font-weight: 600; }
        svg .sub { fill: var(--muted); font-size: 12px; }
        svg .value { fill: var(--fg); font-size: 13px; font-variant-numeric: tabular-nums; }
        svg .warn { fill: #a1263a; font-size: 12px; font-weight: 600; }
        td.warn { color: #a1263a; font-weight: 600; }
        svg .whisker { stroke: #1d1d1f; stroke-width: 1.6; }
        svg .link { stroke: #9a9aa2; stroke-width: 2; }
        .legend { display: flex; flex-wrap: wrap; gap: 18px; font-size: 13px; color: var(--muted); margin: 6px 0; }
        .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: -1px;
          margin-right: 6px; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; font-size: 13.5px; font-variant-numeric: tabular-nums; margin: 6px 0 10px; }
        th, td { padding: 5px 10px; border-bottom: 1px solid var(--line); text-align: right; vertical-align: top; }
        th { font-weight: 600; color: var(--muted); font-size: 12.5px; border-bottom: 2px solid var(--line); }
        th.name, td.name { text-align: left; }
        td.name { font-weight: 500; overflow-wrap: anywhere; max-width: 28ch; }
        td.ci, span.ci { color: var(--muted); }
        table.heatmap td { text-align: center; min-width: 74px; font-weight: 600; border: 2px solid #fff; }
        table.heatmap td.name { text-align: left; font-weight: 500; border: 0; border-bottom: 1px solid var(--line); }
        table.heatmap td small { display: block; font-weight: 400; font-size: 11px; opacity: .85; }
        table.heatmap td.empty { background: var(--card); color: var(--muted); font-weight: 400; }
        table.heatmap th { text-align: center; vertical-align: bottom; max-width: 14ch; overflow-wrap: anywhere; }
        .badge { display: inline-block; padding: 1px 9px; border-radius: 10px; font-size: 12px; font-weight: 600; }
        .badge.ok { background: #e4eef8; color: #234e7a; }
        .badge.broken { background: #fde6e9; color: #a1263a; }
        .verdict { font-size: 12px; font-weight: 600; padding: 1px 7px; border-radius: 4px; color: #1d1d1f; }
        .flip { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; margin: 10px 0; }
        .flip header { font-size: 13.5px; margin-bottom: 6px; }
        .excerpts { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
        .excerpt { background: var(--card); border-radius: 6px; padding: 8px 10px; font-size: 13.5px;
          white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
        .excerpt b { color: var(--muted); font-weight: 600; margin-right: 4px; }
        code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
          font-size: 12.5px; overflow-wrap: anywhere; }
        details { margin: 8px 0; }
        details summary { cursor: pointer; color: var(--accent); font-size: 14px; }
        .run { border: 1px solid var(--line); border-radius: 10px; padding: 4px 18px 12px; margin: 14px 0; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; font-size: 13.5px; margin: 10px 0; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; }
        footer { margin-top: 48px; color: var(--muted); font-size: 12.5px; border-top: 1px solid var(--line); padding-top: 12px; }
        @media print { .toc { display: none; } h2 { break-before: auto; } }

        """
}
