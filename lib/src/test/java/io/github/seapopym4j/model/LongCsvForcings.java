package io.github.seapopym4j.model;

import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.TimeAxis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A test-only reader of the reference long CSV forcings ({@code time,lat,lon[,layer],value}), a
 * stand-in until the forcing package's loader is used; it checks that every grid point is present.
 */
final class LongCsvForcings {

  private LongCsvForcings() {}

  static ForcingSet read(String temperatureResource, String productionResource) {
    List<String[]> t = Reference.rows(temperatureResource);
    List<String[]> p = Reference.rows(productionResource);
    TreeSet<LocalDate> dates = new TreeSet<>();
    TreeSet<Double> lats = new TreeSet<>();
    TreeSet<Double> lons = new TreeSet<>();
    TreeSet<Integer> layers = new TreeSet<>();
    for (String[] r : t.subList(1, t.size())) {
      dates.add(LocalDate.parse(r[0]));
      lats.add(Double.parseDouble(r[1]));
      lons.add(Double.parseDouble(r[2]));
      layers.add(Integer.parseInt(r[3]));
    }
    TimeAxis time = TimeAxis.of(new ArrayList<>(dates), temperatureResource);
    double[] la = lats.stream().mapToDouble(Double::doubleValue).toArray();
    double[] lo = lons.stream().mapToDouble(Double::doubleValue).toArray();
    int[] z = layers.stream().mapToInt(Integer::intValue).toArray();
    TreeMap<Integer, Integer> zIndex = new TreeMap<>();
    for (int i = 0; i < z.length; i++) {
      zIndex.put(z[i], i);
    }
    int nt = time.size();
    int ny = la.length;
    int nx = lo.length;
    double[] temperature = fill(nt * ny * nx * z.length);
    for (String[] r : t.subList(1, t.size())) {
      int i = index(time, la, lo, r) * z.length + zIndex.get(Integer.parseInt(r[3]));
      temperature[i] = Reference.parse(r[4]);
    }
    double[] production = fill(nt * ny * nx);
    for (String[] r : p.subList(1, p.size())) {
      production[index(time, la, lo, r)] = Reference.parse(r[3]);
    }
    check(temperature, t.size() - 1, temperatureResource);
    check(production, p.size() - 1, productionResource);
    return ForcingSet.builder().time(time).latitude(la).longitude(lo).layers(z)
        .temperature(temperature).primaryProduction(production)
        .source(temperatureResource + " + " + productionResource).build();
  }

  private static int index(TimeAxis time, double[] la, double[] lo, String[] r) {
    int ti = time.indexOf(LocalDate.parse(r[0]));
    int yi = java.util.Arrays.binarySearch(la, Double.parseDouble(r[1]));
    int xi = java.util.Arrays.binarySearch(lo, Double.parseDouble(r[2]));
    return (ti * la.length + yi) * lo.length + xi;
  }

  private static double[] fill(int n) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, -999);
    return a;
  }

  private static void check(double[] values, int rows, String what) {
    if (rows != values.length || java.util.Arrays.stream(values).anyMatch(v -> v == -999)) {
      throw new IllegalStateException(what + ": the long CSV does not cover the whole grid once");
    }
  }
}
