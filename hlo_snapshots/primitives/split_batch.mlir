module @split_batch attributes {mhlo.num_partitions = 4 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8x3xf32> {mhlo.sharding = "{devices=[4,1]0,1,2,3}"}, %arg1: tensor<3xf32> {mhlo.sharding = "{replicated}"}) -> (tensor<8x3xf32> {mhlo.sharding = "{devices=[4,1]0,1,2,3}"}, tensor<f32> {mhlo.sharding = "{replicated}"}) {
    %0 = "stablehlo.broadcast_in_dim"(%arg1) {broadcast_dimensions = array<i64: 1>} : (tensor<3xf32>) -> tensor<8x3xf32>
    %1 = stablehlo.multiply %arg0, %0 : tensor<8x3xf32>
    %2 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %3 = "stablehlo.reduce"(%arg0, %2) ({
    ^bb0(%4: tensor<f32>, %5: tensor<f32>):
      %6 = stablehlo.add %4, %5 : tensor<f32>
      "stablehlo.return"(%6) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<8x3xf32>, tensor<f32>) -> tensor<f32>
    return %1, %3 : tensor<8x3xf32>, tensor<f32>
  }
}
