module @compare attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x3xf64>, %arg1: tensor<2x3xf64>) -> (tensor<2x3xf64>) {
    %0 = "stablehlo.compare"(%arg0, %arg1) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<2x3xf64>, tensor<2x3xf64>) -> tensor<2x3xi1>
    %1 = "stablehlo.convert"(%0) : (tensor<2x3xi1>) -> tensor<2x3xf64>
    %2 = stablehlo.add %1, %arg0 : tensor<2x3xf64>
    return %2 : tensor<2x3xf64>
  }
}
