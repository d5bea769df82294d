module @iota attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x3xf64>) -> (tensor<2x3xf64>) {
    %0 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x3xf64>
    %1 = stablehlo.multiply %arg0, %0 : tensor<2x3xf64>
    return %1 : tensor<2x3xf64>
  }
}
