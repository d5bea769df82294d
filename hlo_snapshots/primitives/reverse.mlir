module @reverse attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x3x4xf64>) -> (tensor<2x3x4xf64>) {
    %0 = "stablehlo.reverse"(%arg0) {dimensions = array<i64: 2, 0>} : (tensor<2x3x4xf64>) -> tensor<2x3x4xf64>
    return %0 : tensor<2x3x4xf64>
  }
}
