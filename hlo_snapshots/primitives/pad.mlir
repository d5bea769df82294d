module @pad attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x3xf64>, %arg1: tensor<f64>) -> (tensor<4x5xf64>) {
    %0 = "stablehlo.pad"(%arg0, %arg1) {edge_padding_high = array<i64: 0, 2>, edge_padding_low = array<i64: 1, 0>, interior_padding = array<i64: 1, 0>} : (tensor<2x3xf64>, tensor<f64>) -> tensor<4x5xf64>
    return %0 : tensor<4x5xf64>
  }
}
