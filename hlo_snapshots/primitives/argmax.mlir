module @argmax attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x3x4xf64>) -> (tensor<2x4xf64>) {
    %0 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x3x4xi32>
    %1 = stablehlo.constant dense<0xFFF0000000000000> : tensor<f64>
    %2 = stablehlo.constant dense<0> : tensor<i32>
    %3:2 = "stablehlo.reduce"(%arg0, %0, %1, %2) ({
    ^bb0(%4: tensor<f64>, %5: tensor<i32>, %6: tensor<f64>, %7: tensor<i32>):
      %8 = "stablehlo.compare"(%4, %4) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>} : (tensor<f64>, tensor<f64>) -> tensor<i1>
      %9 = "stablehlo.compare"(%6, %6) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>} : (tensor<f64>, tensor<f64>) -> tensor<i1>
      %10 = "stablehlo.compare"(%5, %7) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %11 = stablehlo.not %9 : tensor<i1>
      %12 = stablehlo.and %8, %11 : tensor<i1>
      %13 = stablehlo.and %8, %9 : tensor<i1>
      %14 = stablehlo.and %13, %10 : tensor<i1>
      %15 = stablehlo.or %12, %14 : tensor<i1>
      %16 = "stablehlo.compare"(%4, %6) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f64>, tensor<f64>) -> tensor<i1>
      %17 = stablehlo.or %15, %16 : tensor<i1>
      %18 = "stablehlo.compare"(%4, %6) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f64>, tensor<f64>) -> tensor<i1>
      %19 = stablehlo.and %18, %10 : tensor<i1>
      %20 = stablehlo.or %17, %19 : tensor<i1>
      %21 = "stablehlo.select"(%20, %4, %6) : (tensor<i1>, tensor<f64>, tensor<f64>) -> tensor<f64>
      %22 = "stablehlo.select"(%20, %5, %7) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%21, %22) : (tensor<f64>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x3x4xf64>, tensor<2x3x4xi32>, tensor<f64>, tensor<i32>) -> (tensor<2x4xf64>, tensor<2x4xi32>)
    %23 = "stablehlo.convert"(%3#1) : (tensor<2x4xi32>) -> tensor<2x4xf64>
    %24 = stablehlo.add %3#0, %23 : tensor<2x4xf64>
    return %24 : tensor<2x4xf64>
  }
}
