package org.niaptracker.tracking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chart of the share of actions in each rating, one horizontal stacked bar per report
 * (meeting), drawn on the server as SVG (fragment {@code fragments/chart :: shares}) with
 * its title, its description and the same figures as a table. Each bar keeps its own
 * meeting's scale; equivalent ratings keep one colour.
 *
 * @param id unique within the page (SVG ids and the table's)
 * @param title what the chart shows, also the SVG's title
 * @param description the figures in words, the SVG's description
 * @param bars one per report, oldest first
 */
public record ShareChart(String id, String title, String description, List<Bar> bars) {

	/** Width of the drawing in SVG units; bars start after their label. */
	public static final int WIDTH = 640;

	public static final int LABEL_WIDTH = 120;

	public static final int BAR_HEIGHT = 22;

	public static final int GAP = 10;

	public int width() {
		return WIDTH;
	}

	public int labelWidth() {
		return LABEL_WIDTH;
	}

	public int height() {
		return this.bars.size() * (BAR_HEIGHT + GAP) + GAP;
	}

	public int barWidth() {
		return WIDTH - LABEL_WIDTH - 10;
	}

	public boolean isEmpty() {
		return this.bars.isEmpty();
	}

	/**
	 * The same bars as a small trend (the dashboard's, drawn in
	 * {@code dashboard/dashboard.html}): one column per report, oldest on the left, each
	 * stacked by rating (the first rating of the scale on top), drawn as one path per
	 * rating and colour rather than one rectangle per segment, so that a table of many
	 * Parties stays light.
	 */
	public Trend trend() {
		Map<String, Layer> layers = new LinkedHashMap<>();
		List<String> labels = new ArrayList<>();
		for (int b = 0; b < this.bars.size(); b++) {
			Bar bar = this.bars.get(b);
			labels.add(bar.label());
			int x = b * (Trend.COLUMN + Trend.GAP);
			int done = 0;
			for (Segment segment : bar.segments()) {
				int top = bar.scaled(done, Trend.HEIGHT);
				done += segment.count();
				int height = bar.scaled(done, Trend.HEIGHT) - top;
				String key = segment.colour() + segment.label();
				Layer layer = layers.computeIfAbsent(key,
						(k) -> new Layer(segment.code(), segment.colour(), new StringBuilder()));
				if (height > 0) {
					layer.path()
						.append('M')
						.append(x)
						.append(' ')
						.append(top)
						.append('h')
						.append(Trend.COLUMN)
						.append('v')
						.append(height)
						.append('h')
						.append(-Trend.COLUMN)
						.append('z');
				}
			}
		}
		List<Trend.Path> paths = new ArrayList<>();
		layers.values()
			.forEach((layer) -> paths.add(new Trend.Path(layer.code(), layer.colour(), layer.path().toString())));
		return new Trend(this.bars.size() * (Trend.COLUMN + Trend.GAP), String.join(" ", labels), paths);
	}

	private record Layer(String code, String colour, StringBuilder path) {
	}

	/**
	 * A small trend's drawing.
	 *
	 * @param width in SVG units (the height is {@link #HEIGHT})
	 * @param bars the reports' labels, oldest first, separated by spaces
	 * @param paths one per rating and colour (its segments of every column)
	 */
	public record Trend(int width, String bars, List<Path> paths) {

		public static final int COLUMN = 14;

		public static final int GAP = 4;

		public static final int HEIGHT = 36;

		public int height() {
			return HEIGHT;
		}

		public String viewBox() {
			return "0 0 " + this.width + " " + HEIGHT;
		}

		/**
		 * One rating's segments in every column.
		 *
		 * @param code the rating's code ("ON_TRACK", "UNRATED")
		 * @param d the SVG path: one closed rectangle per column
		 */
		public record Path(String code, String colour, String d) {
		}

	}

	/** Every rating shown, once, in order of first appearance, for the legend. */
	public List<Segment> legend() {
		Map<String, Segment> legend = new LinkedHashMap<>();
		for (Bar bar : this.bars) {
			for (Segment segment : bar.segments()) {
				legend.putIfAbsent(segment.label() + segment.colour(), segment);
			}
		}
		return List.copyOf(legend.values());
	}

	/**
	 * One report's shares.
	 *
	 * @param label the meeting ("SC66")
	 * @param note whose ratings ("Party", "Secretariat"), may be empty
	 * @param total actions counted
	 * @param segments one per rating of the scale (and "not rated" if any), in order
	 */
	public record Bar(String label, String note, int total, List<Segment> segments) {

		/** Where each segment starts, in SVG units from the bar's start. */
		public List<Integer> offsets(int width) {
			List<Integer> offsets = new ArrayList<>();
			int done = 0;
			for (Segment segment : this.segments) {
				offsets.add((this.total == 0) ? 0 : Math.round((float) done * width / this.total));
				done += segment.count();
			}
			return offsets;
		}

		/** {@code count} actions of this bar in SVG units, {@code width} for all. */
		int scaled(int count, int width) {
			return (this.total == 0) ? 0 : Math.round((float) count * width / this.total);
		}

		public int width(Segment segment, int width) {
			return (this.total == 0) ? 0 : Math.round((float) segment.count() * width / this.total);
		}

	}

	/** One rating's share of a report. */
	public record Segment(String code, String label, int count, int percent, String colour) {
	}

}
