module @convert attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x3xf64>) -> (tensor<2x3xf64>) {
    %0 = "stablehlo.convert"(%arg0) : (tensor<2x3xf64>) -> tensor<2x3xf32>
    %1 = "stablehlo.convert"(%0) : (tensor<2x3xf32>) -> tensor<2x3xf64>
    return %1 : tensor<2x3xf64>
  }
}
